package dev.kefu.complaints.routing;

/** The kind of issue a contact raises (CMP-10, S1 part 1 §4). */
public enum IssueType {
    /** A plain question or problem. */
    PLAIN,
    /** A transaction dispute (交易纠纷). */
    TRANSACTION_DISPUTE,
    /** A technical fault. */
    TECHNICAL_FAULT
}
