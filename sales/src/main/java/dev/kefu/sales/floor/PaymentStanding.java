package dev.kefu.sales.floor;

/** Whether a payment counts as received (EST-8). */
public enum PaymentStanding {
    /** Paid at finance, with finance's receipt. */
    RECEIVED,
    /** Not received: no finance receipt, or taken by a rep personally. */
    NOT_RECEIVED
}
