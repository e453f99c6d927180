package dev.kefu.gas.billing;

/** Whether a charge follows the tariff (MTR-12). */
public enum ChargeVerdict {
    /** The charge is the tariff's amount. */
    MATCHES_TARIFF,
    /** No tariff line: refused as an arbitrary charge (亂收費, MTR-1). */
    NO_TARIFF_LINE,
    /** The amount is not the tariff's. */
    WRONG_AMOUNT
}
