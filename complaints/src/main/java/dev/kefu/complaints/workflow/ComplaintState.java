package dev.kefu.complaints.workflow;

/** Where a complaint stands in its workflow (CMP-3 … CMP-6). Labels: {@code ComplaintsMessages.label}. */
public enum ComplaintState {
    /** First received by the first-contact owner; not yet with the HR-admin intake (CMP-16). */
    RECEIVED,
    /** Recorded by the HR-admin intake; not yet assessed (CMP-3). */
    RECORDED,
    /** Assessed as well-founded, not yet dispatched. */
    VALID,
    /** Assessed as unfounded; answered tactfully and closed. */
    CLOSED_INVALID,
    /** Sent to the resolver in the department complained about. */
    DISPATCHED,
    /** Being investigated and handled by the resolver. */
    INVESTIGATING,
    /** A resolution was proposed; waiting for the customer's answer. */
    SOLUTION_PROPOSED,
    /** The customer is satisfied; the result is to be reported. */
    SATISFIED,
    /** The result was reported to the HR-admin intake; the callback is due. */
    REPORTED,
    /** Called back; the final opinion recorded; to be archived. */
    CALLED_BACK,
    /** Filed and kept in OA; closed. */
    ARCHIVED;

    /** Whether the complaint is closed. */
    public boolean isClosed() {
        return this == CLOSED_INVALID || this == ARCHIVED;
    }
}
