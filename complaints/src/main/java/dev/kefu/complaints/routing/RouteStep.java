package dev.kefu.complaints.routing;

/** The steps of a route (CMP-10). */
public enum RouteStep {
    /** The agent solves it. */
    AGENT_SOLVES,
    /** The complaint specialist (dedicated complaint team) takes it. */
    COMPLAINT_SPECIALIST,
    /** A technically-minded agent takes it. */
    TECHNICAL_AGENT,
    /** Verification of the facts or the fault. */
    VERIFY,
    /** Reported to the technical department. */
    TECHNICAL_DEPARTMENT,
    /** Reply to the customer. */
    REPLY,
    /** Feedback from the customer. */
    FEEDBACK
}
