package dev.kefu.archive.custody;

/** Whether a document was filed promptly (ARC-12: 及时归档). */
public enum FilingStatus {
    /** Filed within the configured limit after its issue date. */
    PROMPT,
    /** Filed after the limit. */
    LATE,
    /** No filing date is recorded, so promptness cannot be shown. */
    FILING_DATE_MISSING
}
