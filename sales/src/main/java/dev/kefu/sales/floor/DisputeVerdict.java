package dev.kefu.sales.floor;

/** The answer of EST-2. */
public enum DisputeVerdict {
    /** Verified deliberate provocation: dismissal and part of the month's deal bonus withheld. */
    SANCTIONED,
    /** Not yet verified: no sanction until verified (一经查实). */
    AWAITING_VERIFICATION,
    /** Not deliberate provocation: EST-2 does not apply; ATT-2 or CMP-12 decide. */
    NOT_THIS_RULE
}
