package dev.kefu.orders.packing;

/** Whether a line was ticked on the sales slip as it was packed (ORD-12: 點一樣,裝一樣,鉤一樣). */
public enum Tick {
    /** Ticked. */
    TICKED,
    /** Not ticked. */
    NOT_TICKED
}
