package dev.kefu.orders.returns;

/** A step a return slip confirms (ORD-15). */
public enum ReturnSlipStep {
    /** The items not taken are marked X on the bill. */
    MARKED_X_ON_BILL,
    /** The slip was checked against the documents with the customer. */
    CHECKED_WITH_CUSTOMER
}
