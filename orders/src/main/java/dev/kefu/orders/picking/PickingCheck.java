package dev.kefu.orders.picking;

/** Whether an order was picked by its ORD-4 deadline. */
public enum PickingCheck {
    /** Picked by the deadline. */
    MET,
    /** Picked after the deadline. */
    MISSED
}
