package dev.kefu.complaints.sla;

/** Where a target stands. Labels: {@code ComplaintsMessages.label}. */
public enum SlaStatus {
    /** The clock runs and less than the at-risk share of the target is used. */
    RUNNING,
    /** The clock is paused (waiting on the customer). */
    PAUSED,
    /** The clock runs and at least the host's at-risk share of the target is used (only if the host sets one). */
    AT_RISK,
    /** Met in time. */
    MET,
    /** The due instant passed before the target was met. */
    BREACHED,
    /** The target does not apply (not started, or the complaint was closed as unfounded). */
    NOT_APPLICABLE
}
