package dev.kefu.sales.attribution;

/** Whether an attribution is final or waits for a fact still to be settled. */
public enum Standing {
    /** Final on the facts given. */
    FINAL,
    /** Provisional: a complaint about an earlier rep awaits the supervisor's verification (ATT-11, precedence line 3). */
    PROVISIONAL
}
