package dev.kefu.gas.records;

/** The reading reports of MTR-9. */
public enum ReportKind {
    /** 抄表日報表: one per reading day. */
    DAILY_READING_REPORT,
    /** The month-end summary and data analysis of the month's readings. */
    MONTH_SUMMARY
}
