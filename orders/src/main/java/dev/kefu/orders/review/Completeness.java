package dev.kefu.orders.review;

/** The outcome of an order's completeness check (ORD-1, ORD-2). */
public enum Completeness {
    /** Every field ORD-1 names is present. */
    COMPLETE,
    /** A field is missing: the order is not fulfilled until it is supplied. */
    INCOMPLETE
}
