package dev.kefu.orders.returns;

/** What the customer asks for (ORD-16). */
public enum ReturnType {
    /** A return (退貨). */
    RETURN,
    /** An exchange (換貨). */
    EXCHANGE
}
