package dev.kefu.gas.billing;

/** What is wrong with the daily gas-sales summaries (MTR-14). */
public enum SummaryFinding {
    /** A business day with sales and no summary. */
    MISSING,
    /** Submitted after the deadline. */
    LATE,
    /** Its amount is not the billing system's total for the day. */
    INACCURATE,
    /** Anomalies in purchasing noticed but not reported. */
    ANOMALIES_UNREPORTED
}
