package dev.kefu.complaints;

/** What happened to a complaint (CMP-3 … CMP-6, CMP-9). */
public enum EventType {
    /** Recorded in the complaint record form (客户投诉记录表), CMP-3. */
    RECEIVED,
    /** Judged well-founded with reasonable demands, CMP-3. */
    ASSESSED_VALID,
    /** Judged unfounded; answered tactfully and closed, CMP-3. */
    ASSESSED_INVALID,
    /** Sent to the supervisor of the department complained about (through OA), CMP-3. */
    DISPATCHED,
    /** The department supervisor started investigating, CMP-4, CMP-7. */
    INVESTIGATION_STARTED,
    /** A solution was proposed to the customer, CMP-4. */
    SOLUTION_PROPOSED,
    /** The customer is satisfied with the solution, CMP-4, CMP-7. */
    CUSTOMER_SATISFIED,
    /** The customer is not satisfied: handling goes on, CMP-5. */
    CUSTOMER_NOT_SATISFIED,
    /** The result was reported back to the HR-admin manager, CMP-4. */
    RESULT_REPORTED,
    /** The HR-admin manager called the customer back and recorded the final opinion, CMP-5. */
    CALLBACK_DONE,
    /** On callback the customer is still not satisfied: handling goes on, CMP-5. */
    CALLBACK_NOT_SATISFIED,
    /** Every document filed and kept in OA, CMP-6. */
    ARCHIVED,
    /** The customer was told of progress, CMP-9. */
    PROGRESS_UPDATE,
    /** Waiting on the customer: SLA clocks stop. */
    PAUSED,
    /** No longer waiting: SLA clocks run again. */
    RESUMED
}
