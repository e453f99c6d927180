package dev.kefu.gas.billing;

/** What is wrong with a hand-over of takings (MTR-13). */
public enum HandoverFinding {
    /** Handed over after the deadline. */
    LATE,
    /** The amount handed over is not the takings (帳款不符). */
    AMOUNT_MISMATCH,
    /** Fewer receipts and invoices handed over than issued. */
    RECEIPTS_MISSING,
    /** Deposited in a private account (公款私存). */
    PRIVATE_ACCOUNT
}
