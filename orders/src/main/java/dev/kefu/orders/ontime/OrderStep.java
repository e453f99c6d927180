package dev.kefu.orders.ontime;

/** A step of an order with a deadline (ORD-19). */
public enum OrderStep {
    /** Picking (ORD-4). */
    PICKING,
    /** Shipping (ORD-8). */
    SHIPPING,
    /** A step with a deadline the host sets ([X] in ORD-19). */
    HOST_STEP
}
