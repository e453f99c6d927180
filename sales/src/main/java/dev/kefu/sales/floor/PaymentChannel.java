package dev.kefu.sales.floor;

/** How a payment on a unit was made (EST-8, EST-9). */
public enum PaymentChannel {
    /** Paid at finance (财务), which issued its receipt: the only payment that counts as received. */
    FINANCE_WITH_RECEIPT,
    /** Paid at finance, but no receipt of finance is recorded: not yet received. */
    FINANCE_WITHOUT_RECEIPT,
    /** Taken by a rep personally (私自收款): never received, and EST-9 applies. */
    TAKEN_BY_REP
}
