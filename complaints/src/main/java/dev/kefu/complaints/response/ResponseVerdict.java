package dev.kefu.complaints.response;

/** Whether a response-time target was met (CMP-11). Labels: {@code ComplaintsMessages.label}. */
public enum ResponseVerdict {
    /** Within the target. */
    MET,
    /** Later than the target. */
    MISSED
}
