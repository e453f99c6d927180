package dev.kefu.appraisal.rota;

/** Why leave is refused (APR-12 (f), (g); APR-17). */
public enum LeaveRule {
    /** Leave needs a superior's approval (APR-17). */
    NOT_APPROVED,
    /** No leave on one's swap or pay-back day (APR-12 (f)). */
    SWAP_DAY,
    /** No leave on a 节假日 one is on duty for (APR-12 (g)). */
    HOLIDAY_DUTY
}
