package dev.kefu.appraisal.ledger;

/** What a ledger entry records. Every kind but {@link #REWARD} is a recorded offence. */
public enum EntryKind {
    /** A reward (APR-5, APR-7). */
    REWARD,
    /** A penalty of the S3 schedule (APR-8) or of APR-6's ladder, possibly with a transfer. */
    PENALTY,
    /** A warning: a first offender's in place of the fine (APR-9), or APR-6's first light breach. */
    WARNING,
    /** A sanction from another rule: a complaint tier (CMP-12), grabbing customers (ATT-2), APR-10. */
    SANCTION
}
