package dev.kefu.orders.fulfilment;

/** The answer of a fulfilment gate. */
public enum GateOutcome {
    /** The step may go ahead. */
    ALLOWED,
    /** The step may not go ahead yet. */
    REFUSED
}
