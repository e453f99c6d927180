package dev.kefu.complaints.workflow;

/** Where a complaint stands in its workflow (CMP-3 … CMP-6). */
public enum ComplaintState {
    /** Recorded, not yet assessed. */
    RECEIVED,
    /** Assessed as well-founded, not yet dispatched. */
    VALID,
    /** Assessed as unfounded; closed with a tactful explanation. */
    CLOSED_INVALID,
    /** Sent to the department supervisor. */
    DISPATCHED,
    /** Being investigated and handled by the department. */
    INVESTIGATING,
    /** A solution was proposed; waiting for the customer's answer. */
    SOLUTION_PROPOSED,
    /** The customer is satisfied; the result is to be reported. */
    SATISFIED,
    /** The result was reported to the HR-admin manager; the callback is due. */
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
