package dev.kefu.sales.floor;

/** Whether an exchange request is within principle (EST-4). */
public enum ExchangeStanding {
    /** Meets at least one of the three principles. */
    WITHIN_PRINCIPLE,
    /** Meets none; only the host's approver may still approve it. */
    OUTSIDE_PRINCIPLE
}
