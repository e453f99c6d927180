package dev.kefu.appraisal.rota;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rota (排班表) for a range of days: who works which shift.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Roster {

    private final LocalDate first;
    private final LocalDate last;
    private final List<Shift> shifts;

    private Roster(LocalDate first, LocalDate last, List<Shift> shifts) {
        this.first = first;
        this.last = last;
        this.shifts = shifts;
    }

    /**
     * A roster.
     *
     * @param first  the first day covered
     * @param last  the last day covered
     * @param shifts  the shifts, all within the range
     * @return the roster
     * @throws dev.kefu.core.validation.PolicyInputException naming every problem
     */
    public static Roster of(LocalDate first, LocalDate last, List<Shift> shifts) {
        Violations v = Violations.create();
        RuleId rule = ShiftSwapPolicy.APR_12;
        boolean ok = v.requireNonNull(first, "first", rule) & v.requireNonNull(last, "last", rule);
        if (ok && last.isBefore(first)) {
            v.add("last", AppraisalMessages.BUNDLE, "rota.order", rule);
        }
        if (v.requireNonNull(shifts, "shifts", rule) && ok) {
            java.util.Set<Shift> seen = new java.util.HashSet<>();
            for (int i = 0; i < shifts.size(); i++) {
                Shift s = shifts.get(i);
                if (s == null || s.employee() == null || s.date() == null || s.slot() == null) {
                    v.add("shifts[" + i + "]", "required", rule);
                } else if (!seen.add(s)) {
                    v.add("shifts[" + i + "]", AppraisalMessages.BUNDLE, "rota.duplicate", rule);
                } else if (s.date().isBefore(first) || s.date().isAfter(last)) {
                    v.add("shifts[" + i + "].date", AppraisalMessages.BUNDLE, "rota.outside", rule, first, last);
                }
            }
        }
        v.throwIfAny();
        List<Shift> sorted = new ArrayList<>(shifts);
        sorted.sort(Comparator.comparing(Shift::start));
        return new Roster(first, last, List.copyOf(sorted));
    }

    /** Whether a day is covered. @throws dev.kefu.core.validation.PolicyInputException if the day is null */
    public boolean covers(LocalDate date) {
        if (date == null) {
            Violations.create().add("date", "required", ShiftSwapPolicy.APR_12).throwIfAny();
        }
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** The first day covered. */
    public LocalDate first() {
        return first;
    }

    /** The last day covered. */
    public LocalDate last() {
        return last;
    }

    /** Every shift, by start time. */
    public List<Shift> shifts() {
        return shifts;
    }

    /** One person's shifts, by start time. */
    public List<Shift> shiftsOf(EmployeeId employee) {
        return shifts.stream().filter(s -> s.employee().equals(employee)).toList();
    }

    /** Whether a person works a shift on a day. */
    public boolean works(EmployeeId employee, LocalDate date, ShiftSlot slot) {
        return shifts.stream().anyMatch(s -> s.employee().equals(employee) && s.date().equals(date) && s.slot().equals(slot));
    }
}
