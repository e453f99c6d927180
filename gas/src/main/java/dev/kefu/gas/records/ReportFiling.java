package dev.kefu.gas.records;

import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasRules;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reading report as filed (MTR-9).
 *
 * @param kind  daily report or month summary
 * @param period  the reading day, or any day of the month summarised
 * @param filedAt  when it was filed
 */
public record ReportFiling(ReportKind kind, LocalDate period, Instant filedAt) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every null part */
    public ReportFiling {
        Violations v = Violations.create();
        v.requireNonNull(kind, "kind", GasRules.MTR_9);
        v.requireNonNull(period, "period", GasRules.MTR_9);
        v.requireNonNull(filedAt, "filedAt", GasRules.MTR_9);
        v.throwIfAny();
    }
}
