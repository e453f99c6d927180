package dev.kefu.archive.credit;

/** The answer to a proposed order (ARC-7, ARC-17). */
public enum OrderVerdict {
    /** The order may proceed. */
    APPROVE,
    /** The order may proceed once signed off (non-cash trade, ARC-17). */
    NEEDS_SIGN_OFF,
    /** The order must not proceed on these terms. */
    REFUSE
}
