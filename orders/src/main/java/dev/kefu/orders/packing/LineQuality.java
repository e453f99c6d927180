package dev.kefu.orders.packing;

/** The quality of a counted line (ORD-12). */
public enum LineQuality {
    /** No problem found. */
    SOUND,
    /** A quality problem: the item is exchanged and never leaves the warehouse. */
    DEFECTIVE,
    /** A problem item was exchanged for a sound one. */
    EXCHANGED
}
