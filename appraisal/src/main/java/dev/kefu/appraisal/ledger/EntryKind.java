package dev.kefu.appraisal.ledger;

/** What a ledger entry records. */
public enum EntryKind {
    /** A reward (APR-5, APR-7). */
    REWARD,
    /** A penalty of the S3 schedule (APR-8), possibly escalated (APR-6). */
    PENALTY,
    /** A first offence, answered with a warning instead (APR-9). */
    WARNING,
    /** A sanction from another policy: a complaint tier (CMP-12), grabbing customers (ATT-2). */
    SANCTION
}
