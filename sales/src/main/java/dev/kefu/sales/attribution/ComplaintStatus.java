package dev.kefu.sales.attribution;

/** Where a customer's complaint about an earlier rep stands (ATT-11). */
public enum ComplaintStatus {
    /** The sales supervisor has not verified it yet: the decision is provisional. */
    PENDING_VERIFICATION,
    /** The sales supervisor verified it: the rep complained about is dropped from the case. */
    VERIFIED
}
