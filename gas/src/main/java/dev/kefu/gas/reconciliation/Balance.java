package dev.kefu.gas.reconciliation;

/** How a collector's count compares with the system report (MTR-15). */
public enum Balance {
    /** 帳款相符: the count equals the report. */
    BALANCED,
    /** Less cash than the report (短款). */
    SHORT,
    /** More cash than the report (長款). */
    OVER
}
