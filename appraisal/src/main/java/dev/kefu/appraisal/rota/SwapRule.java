package dev.kefu.appraisal.rota;

/** The parts of APR-12 a swap can break. */
public enum SwapRule {
    /** (b) both parties agree and fill in the swap register. */
    CONSENT,
    /** (b) effective only once the department manager — not a party — has signed. */
    SIGNATURE,
    /** (c) at most 3 swaps per person per month; a swap and its pay-back count as one. */
    MONTHLY_LIMIT,
    /** (d1) a shift that was itself obtained by a swap may not be swapped again. */
    CHAIN,
    /** (d2) one person's swaps may not fall on consecutive days. */
    CONSECUTIVE,
    /** (e) the swap may not put a party on back-to-back shifts (连班). */
    BACK_TO_BACK,
    /** (f) no leave on a swap or pay-back day. */
    LEAVE,
    /** (g) staff on duty on 节假日 may not swap. */
    HOLIDAY_DUTY
}
