package dev.kefu.complaints.sla;

/** The time targets of a complaint (CMP-7, CMP-9, CMP-5). */
public enum SlaTarget {
    /** Investigation starts within 1 working day (CMP-7); met by INVESTIGATION_STARTED. */
    INVESTIGATION_START,
    /** The customer gets a satisfactory reply within 2 working days (CMP-7); met by CUSTOMER_SATISFIED. */
    SATISFACTORY_REPLY,
    /** The customer is told of progress at a regular interval while handling takes time (CMP-9). */
    PROGRESS_UPDATE,
    /** The callback after the result is reported (CMP-5, CMP-8: callbacks are always made). */
    CALLBACK
}
