package dev.kefu.orders.shipping;

/** Whether a shipment left on time and as asked (ORD-8). */
public enum ShippingCheck {
    /** On time, by the carrier and method asked for. */
    MET,
    /** Late, or by another carrier or method. */
    MISSED
}
