package dev.kefu.gas.meter;

/** How a meter is paid for; a prepaid meter holds a stored amount (表內存量, MTR-5). */
public enum MeterPayment {
    /** Billed after reading. */
    POSTPAID,
    /** Prepaid (IC-card) meter. */
    PREPAID
}
