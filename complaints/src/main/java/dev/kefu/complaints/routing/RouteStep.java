package dev.kefu.complaints.routing;

/** The steps of a route (CMP-10). Labels: {@code ComplaintsMessages.label}. */
public enum RouteStep {
    /** The agent solves it. */
    AGENT_SOLVES,
    /** The order desk's agent handles the order operation (ORD-3). */
    ORDER_AGENT,
    /** The complaint specialist (投诉专员, the dedicated complaint team) takes it. */
    COMPLAINT_SPECIALIST,
    /** A technically-minded agent takes it. */
    TECHNICAL_AGENT,
    /** Verify and handle (核实处理). */
    VERIFY,
    /** Reported to the technical department (申报技术部门). */
    TECHNICAL_DEPARTMENT,
    /** Reply to the customer (回复顾客). */
    REPLY,
    /**
     * Problem feedback (问题反馈): internal problem reporting into the daily problem summary
     * (CMP-20), not feedback from the customer.
     */
    PROBLEM_FEEDBACK
}
