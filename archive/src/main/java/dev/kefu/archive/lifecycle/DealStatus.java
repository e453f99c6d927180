package dev.kefu.archive.lifecycle;

/** The deal status a rep notes for a customer (ARC-15: 成交情况). */
public enum DealStatus {
    /** Still following up. */
    FOLLOWING_UP,
    /** A deposit is paid, not yet signed. */
    DEPOSIT_PAID,
    /** The contract is signed (签约). */
    SIGNED,
    /** No deal: the reason is noted. */
    NO_DEAL,
    /** The customer withdrew after a deposit or contract (退房/退订): the reason is noted. */
    REFUNDED
}
