package dev.kefu.complaints.routing;

/** The kind of issue a contact raises (CMP-10, S1 part 1 §4; ORD-3). Labels: {@code ComplaintsMessages.label}. */
public enum IssueType {
    /** A plain question or problem. */
    PLAIN,
    /** An order operation: query, modification or cancellation of an order (ORD-3): the order desk. */
    ORDER,
    /** A transaction dispute (交易纠纷). */
    TRANSACTION_DISPUTE,
    /** A technical fault. */
    TECHNICAL_FAULT,
    /** A technical fault the technically-minded agent has verified but cannot solve (核实处理无法解决). */
    TECHNICAL_FAULT_UNSOLVED
}
