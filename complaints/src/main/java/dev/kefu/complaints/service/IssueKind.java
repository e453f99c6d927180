package dev.kefu.complaints.service;

/**
 * The kind of an owned issue (CMP-16): its time limit depends on it. Complaints have CMP-7's
 * clocks ({@code ComplaintSlaPolicy}). Labels: {@code ComplaintsMessages.label}.
 */
public enum IssueKind {
    /** A complex enquiry: CMP-11's [X] hours (S0 §4.1). */
    COMPLEX_ENQUIRY,
    /** Any other problem: CMP-16's own [X] limit (限时处理). */
    OTHER_PROBLEM
}
