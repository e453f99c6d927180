package dev.kefu.appraisal.ledger;

/**
 * The phone-ring ladder ("Definitions and precedence"): answered by the 2nd ring meets CMP-11's
 * target; on the 3rd ring misses it but is no offence; from the 4th ring APR-8's 20-yuan item
 * applies; from the 6th the agent also opens with an apology.
 */
public enum RingOutcome {
    /** Answered on the 1st or 2nd ring: meets the target. */
    MEETS_TARGET,
    /** Answered on the 3rd ring: misses the target, no offence. */
    MISSED_TARGET,
    /** Answered on the 4th or 5th ring: APR-8's item. */
    OFFENCE,
    /** Answered on the 6th ring or later: APR-8's item, and the agent opens with an apology. */
    OFFENCE_WITH_APOLOGY;

    /** The first ring that misses the target. */
    public static final int FIRST_MISSED_RING = 3;
    /** The first ring that is an offence. */
    public static final int FIRST_OFFENCE_RING = 4;
    /** The first ring that also needs an apology. */
    public static final int FIRST_APOLOGY_RING = 6;

    /**
     * The outcome of answering on a ring.
     *
     * @param ring  the ring on which the call was answered, from 1
     * @return the outcome
     * @throws dev.kefu.core.validation.PolicyInputException if the ring is below 1
     */
    public static RingOutcome ofRing(int ring) {
        if (ring < 1) {
            dev.kefu.core.validation.Violations.create().add("ring", "positive", PenaltyLedger.APR_8).throwIfAny();
        }
        return ring >= FIRST_APOLOGY_RING ? OFFENCE_WITH_APOLOGY : ring >= FIRST_OFFENCE_RING ? OFFENCE
                : ring >= FIRST_MISSED_RING ? MISSED_TARGET : MEETS_TARGET;
    }

    /** Whether the outcome is an offence to record. */
    public boolean isOffence() {
        return this == OFFENCE || this == OFFENCE_WITH_APOLOGY;
    }
}
