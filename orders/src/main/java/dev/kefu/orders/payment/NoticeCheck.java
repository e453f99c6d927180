package dev.kefu.orders.payment;

/** Whether the customer was told the right amount (ORD-6). */
public enum NoticeCheck {
    /** The amount told is the amount due. */
    CORRECT,
    /** The amount told differs from the amount due. */
    WRONG_AMOUNT
}
