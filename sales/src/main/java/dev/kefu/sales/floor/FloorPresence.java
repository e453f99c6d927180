package dev.kefu.sales.floor;

/** Where a rep in the rotation is at a moment (EST-1). */
public enum FloorPresence {
    /** On the floor and free to receive. */
    FREE,
    /** Receiving a customer. */
    RECEIVING,
    /** Away (company business, leave, off shift). */
    AWAY
}
