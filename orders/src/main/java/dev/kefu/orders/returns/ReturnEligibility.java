package dev.kefu.orders.returns;

/** Whether a return or exchange is handled (ORD-16). */
public enum ReturnEligibility {
    /** It meets the company's conditions: handled under its rules and followed to completion. */
    ELIGIBLE,
    /** It does not meet them. */
    NOT_ELIGIBLE
}
