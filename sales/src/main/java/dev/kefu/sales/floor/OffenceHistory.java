package dev.kefu.sales.floor;

/** Whether an employee has recorded offences (APR-9's first offender), for rules it may not soften. */
public enum OffenceHistory {
    /** No offence on record: a first offender. */
    FIRST_OFFENCE,
    /** Earlier offences on record. */
    REPEATED
}
