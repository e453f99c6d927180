package dev.kefu.appraisal.scoring;

/** What follows from a band (APR-4, S2 §6.2). */
public enum Outcome {
    /** Excellent: reward — bonus, promotion, certificate; monthly and annual excellence awards. */
    REWARD,
    /** Qualified: nothing further. */
    NONE,
    /**
     * Unqualified, and no ladder is configured: the manager chooses per case among an admonishing
     * talk, retraining with a make-up test and a transfer (APR-4 ships no ladder).
     */
    MEASURE_CHOSEN_BY_MANAGER,
    /** Unqualified: an admonishing talk (诫勉谈话). */
    ADMONISHING_TALK,
    /** Unqualified: retraining and a make-up test (培训补考). */
    RETRAINING_AND_MAKE_UP_TEST,
    /** Unqualified: a transfer (调岗). */
    TRANSFER;

    /** Whether this is one of the three measures for unqualified staff. */
    public boolean isUnqualifiedMeasure() {
        return this == ADMONISHING_TALK || this == RETRAINING_AND_MAKE_UP_TEST || this == TRANSFER;
    }
}
