package dev.kefu.appraisal.rota;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A daily inspection (APR-10): once a day, at an unannounced time, the supervisor checks
 * conduct; the findings go to the group leads for the morning and weekly meetings.
 *
 * @param inspector  the supervisor
 * @param at  when
 * @param findings  what was found (no personal data)
 */
public record DailyInspection(EmployeeId inspector, Instant at, List<String> findings) {

    static final RuleId APR_10 = dev.kefu.appraisal.AppraisalRules.APR_10;

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing field */
    public DailyInspection {
        Violations v = Violations.create();
        v.requireNonNull(inspector, "inspector", APR_10);
        v.requireNonNull(at, "at", APR_10);
        if (v.requireNonNull(findings, "findings", APR_10) && findings.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("findings", "required", APR_10);
        }
        v.throwIfAny();
        findings = List.copyOf(findings);
    }

    /**
     * Checks that every working day of a range had exactly one inspection.
     *
     * @param inspections  the inspections, not null
     * @param workingDays  the days that needed one, not null
     * @param zone  the zone days are counted in, not null
     * @return a decision whose outcome lists the days with none or with more than one
     */
    public static Decision<List<LocalDate>> compliance(List<DailyInspection> inspections, List<LocalDate> workingDays, ZoneId zone) {
        Violations v = Violations.create();
        v.requireNonNull(inspections, "inspections", APR_10);
        v.requireNonNull(workingDays, "workingDays", APR_10);
        v.requireNonNull(zone, "zone", APR_10);
        if (inspections != null && inspections.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("inspections", "required", APR_10);
        }
        if (workingDays != null && workingDays.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("workingDays", "required", APR_10);
        }
        v.throwIfAny();
        Map<LocalDate, Integer> count = new HashMap<>();
        for (int k = 0; k < inspections.size(); k++) {
            DailyInspection i = inspections.get(k);
            try {
                count.merge(i.at().atZone(zone).toLocalDate(), 1, Integer::sum);
            } catch (java.time.DateTimeException e) {
                v.add("inspections[" + k + "].at", AppraisalMessages.BUNDLE, "inspection.outOfRange", APR_10);
            }
        }
        v.throwIfAny();
        List<LocalDate> off = new ArrayList<>();
        for (LocalDate d : workingDays) {
            if (count.getOrDefault(d, 0) != 1) {
                off.add(d);
            }
        }
        return Decision.of(List.copyOf(off), off.isEmpty()
                ? Reason.of(APR_10, AppraisalMessages.BUNDLE, "inspection.ok", workingDays.size())
                : Reason.of(APR_10, AppraisalMessages.BUNDLE, "inspection.missing", off));
    }
}
