package dev.kefu.orders.picking;

/** Why an order is picked on the next duty day rather than the same day (ORD-4). */
public enum DeferralCause {
    /** It arrived at or after the cut-off time. */
    LATE,
    /** Its quantity is at or above the size threshold. */
    LARGE,
    /** It arrived on a day the desk is not on duty. */
    OFF_DUTY_DAY
}
