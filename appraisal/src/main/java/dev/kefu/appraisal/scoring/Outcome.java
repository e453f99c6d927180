package dev.kefu.appraisal.scoring;

/** What follows from a band (APR-4, S2 §6.2). */
public enum Outcome {
    /** Excellent: reward — bonus, promotion, certificate; monthly and annual excellence awards. */
    REWARD,
    /** Qualified: nothing further. */
    NONE,
    /** Unqualified: an admonishing talk (诫勉谈话). */
    ADMONISHING_TALK,
    /** Unqualified again: retraining and a make-up test. */
    RETRAINING_AND_MAKE_UP_TEST,
    /** Unqualified repeatedly: a transfer. */
    TRANSFER
}
