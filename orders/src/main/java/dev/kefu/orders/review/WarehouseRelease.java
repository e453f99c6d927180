package dev.kefu.orders.review;

/** Whether an order may go to the warehouse (ORD-2). */
public enum WarehouseRelease {
    /** Complete, and every error found was confirmed with the customer. */
    RELEASED,
    /** Incomplete, or an error is not yet confirmed with the customer. */
    HELD
}
