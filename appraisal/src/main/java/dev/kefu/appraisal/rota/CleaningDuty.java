package dev.kefu.appraisal.rota;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cleaning duty (APR-18, S3 §6.6): the public areas are cleaned by whoever works the late shift
 * (晚班), so the rota assigns the duty accordingly; each person's desk is cleaned by its owner.
 * The regulation's late shift is {@link ShiftSlot#LATE}; a host with other slots names its own.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class CleaningDuty {

    private final ShiftSlot lateShift;

    private CleaningDuty(ShiftSlot lateShift) {
        this.lateShift = lateShift;
    }

    /** The regulation's duty: the late shift of S3 §2 cleans the public areas. */
    public static CleaningDuty regulation() {
        return new CleaningDuty(ShiftSlot.LATE);
    }

    /**
     * Duty for another late shift.
     *
     * @param lateShift  the desk's late shift, not null
     * @return the duty
     */
    public static CleaningDuty lateShift(ShiftSlot lateShift) {
        Violations v = Violations.create();
        v.requireNonNull(lateShift, "lateShift", AppraisalRules.APR_18);
        v.throwIfAny();
        return new CleaningDuty(lateShift);
    }

    /**
     * Who cleans the public areas each day of the roster: the late shift.
     *
     * @param roster  the roster, not null
     * @return per day, the people on the late shift
     */
    public Map<LocalDate, List<EmployeeId>> assign(Roster roster) {
        Violations v = Violations.create();
        v.requireNonNull(roster, "roster", AppraisalRules.APR_18);
        v.throwIfAny();
        Map<LocalDate, List<EmployeeId>> m = new TreeMap<>();
        for (Shift s : roster.shifts()) {
            if (s.slot().equals(lateShift)) {
                m.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s.employee());
            }
        }
        Map<LocalDate, List<EmployeeId>> out = new LinkedHashMap<>();
        m.forEach((d, l) -> out.put(d, List.copyOf(l)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Checks a cleaning log: every day with a late shift had its public areas cleaned by someone
     * on that shift.
     *
     * @param roster  the roster, not null
     * @param cleanedBy  per day, who cleaned the public areas, not null
     * @return the decision whose outcome lists the days not cleaned by the late shift
     */
    public Decision<List<LocalDate>> check(Roster roster, Map<LocalDate, EmployeeId> cleanedBy) {
        Violations v = Violations.create();
        v.requireNonNull(roster, "roster", AppraisalRules.APR_18);
        if (v.requireNonNull(cleanedBy, "cleanedBy", AppraisalRules.APR_18)) {
            cleanedBy.forEach((d, e) -> {
                if (d == null || e == null) {
                    v.add("cleanedBy[" + d + "]", "required", AppraisalRules.APR_18);
                }
            });
        }
        v.throwIfAny();
        List<LocalDate> off = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        assign(roster).forEach((day, late) -> {
            EmployeeId who = cleanedBy.get(day);
            if (who == null || !late.contains(who)) {
                off.add(day);
                reasons.add(Reason.of(AppraisalRules.APR_18, AppraisalMessages.BUNDLE, who == null ? "cleaning.none" : "cleaning.wrong", day,
                        who == null ? "-" : who));
            }
        });
        if (off.isEmpty()) {
            reasons.add(Reason.of(AppraisalRules.APR_18, AppraisalMessages.BUNDLE, "cleaning.ok"));
        }
        return Decision.of(List.copyOf(off), reasons);
    }
}
