package dev.kefu.appraisal.ledger;

/**
 * Discipline offences with no schedule amount (APR-14, S0 §7.1), sanctioned through APR-6's
 * ladder: a warning for a first, light breach; a fine (the host's or the manager's amount) for a
 * breach with effect or loss; a transfer once the recorded offences reach the configured count.
 */
public enum UnscheduledOffence {
    /** Lateness (迟到). */
    LATENESS,
    /** Early leave (早退). */
    EARLY_LEAVE,
    /**
     * Absence (旷工): also the consequence APR-12 gives to a badly handed-over swap and to leave
     * taken on a swap or pay-back day.
     */
    ABSENCE,
    /** Using the job for private gain or taking bribes (谋取私利、受贿). */
    PRIVATE_GAIN_OR_BRIBES,
    /** Deliberately damaging office equipment (故意损坏办公设备); a computer is APR-8's item. */
    DAMAGING_OFFICE_EQUIPMENT,
    /** Leaving the post without approval or beyond the time limit (APR-15). */
    LEAVING_POST
}
