package dev.kefu.complaints.service;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The daily problem summary (CMP-20): the week's rota agent summarises the day's work problems
 * that day and reports them — the internal 问题反馈 step that ends every CMP-10 route.
 *
 * @param day  the day summarised, not null
 * @param by  who summarised it, not null
 * @param reportedAt  when it was reported, not null
 */
public record DailySummary(LocalDate day, EmployeeId by, Instant reportedAt) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing field */
    public DailySummary {
        Violations v = Violations.create();
        v.requireNonNull(day, "day", ComplaintRules.CMP_20);
        v.requireNonNull(by, "by", ComplaintRules.CMP_20);
        v.requireNonNull(reportedAt, "reportedAt", ComplaintRules.CMP_20);
        v.throwIfAny();
    }
}
