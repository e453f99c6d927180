package dev.kefu.gas.records;

import java.time.LocalDate;

/**
 * A reading report filed late or not filed by its deadline (MTR-9).
 *
 * @param kind  the report
 * @param period  the reading day, or the first day of the month summarised
 * @param filed  whether it was filed at all
 */
public record ReportIssue(ReportKind kind, LocalDate period, Filing filed) {

    /** Whether the report was filed. */
    public enum Filing {
        /** Filed after the deadline. */
        LATE,
        /** Not filed, deadline passed. */
        MISSING
    }
}
