package dev.kefu.gas.discipline;

/** Where a desk offence's sanction comes from ("Definitions and precedence": offences and sanctions). */
public enum SanctionSource {
    /** The host set this kind's own sanction. */
    OWN,
    /**
     * No sanction of its own ([X] unset): APR-6's warning and fine steps apply, in the host's
     * appraisal ledger.
     */
    APR6_LADDER,
    /** Not sanctioned yet: an MTR-3 complaint not yet verified. */
    NOT_YET_VERIFIED
}
