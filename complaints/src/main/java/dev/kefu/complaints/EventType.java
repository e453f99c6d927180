package dev.kefu.complaints;

/**
 * What happened to a complaint (CMP-2 … CMP-6, CMP-9, CMP-16; "Definitions and precedence",
 * Complaints). Labels in zh-CN and English: {@link ComplaintsMessages#label}.
 */
public enum EventType {
    /** First received on any channel by the first-contact owner (CMP-2, CMP-16): both CMP-7 clocks start. */
    RECEIVED,
    /** Passed to the HR-admin intake, who records it in the complaint record form (CMP-3, CMP-16). */
    RECORDED,
    /** Judged well-founded with reasonable demands, CMP-3. */
    ASSESSED_VALID,
    /** Judged unfounded and answered tactfully (CMP-3): meets the reply deadline; closed. */
    ASSESSED_INVALID,
    /** Sent to the resolver in the department complained about (through OA), CMP-3. */
    DISPATCHED,
    /** The resolver recorded the start of the investigation (CMP-4): meets CMP-7's first deadline. */
    INVESTIGATION_STARTED,
    /** The resolver replied proposing a resolution (CMP-4): meets CMP-7's reply deadline. */
    SOLUTION_PROPOSED,
    /** The customer accepted the proposed resolution, CMP-4. */
    CUSTOMER_SATISFIED,
    /** The customer rejected the reply: handling reopens, with CMP-9 progress updates. */
    CUSTOMER_NOT_SATISFIED,
    /** The resolver reported the result back to the HR-admin intake, CMP-4. */
    RESULT_REPORTED,
    /** The HR-admin intake called the customer back and recorded the satisfied final opinion, CMP-5. */
    CALLBACK_DONE,
    /** On callback the customer is still not satisfied: handling continues, CMP-5. */
    CALLBACK_NOT_SATISFIED,
    /** Every document filed and kept in OA, CMP-6. */
    ARCHIVED,
    /** The customer was told of progress, CMP-9, CMP-16. */
    PROGRESS_UPDATE,
    /** Waiting on the customer: SLA clocks stop. */
    PAUSED,
    /** No longer waiting: SLA clocks run again. */
    RESUMED
}
