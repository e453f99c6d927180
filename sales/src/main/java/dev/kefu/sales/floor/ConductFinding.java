package dev.kefu.sales.floor;

/** What the investigation of a rep's conduct found (EST-2). */
public enum ConductFinding {
    /** Verified (一经查实) that the rep deliberately stirred up a dispute (故意挑起事端). */
    DELIBERATE_PROVOCATION_VERIFIED,
    /** Alleged deliberate provocation, not yet verified. */
    DELIBERATE_PROVOCATION_ALLEGED,
    /** An ordinary lapse of courtesy or unity, not deliberate provocation (ATT-2 or CMP-12). */
    COURTESY_LAPSE
}
