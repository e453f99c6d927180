package dev.kefu.sales.floor;

import dev.kefu.core.calendar.DutyCalendar;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * EST-3, daily customer reporting: every rep registers the day's customers and hands the
 * registration to their superior <b>every day</b>; at the evening meeting the reps report and
 * the sales manager writes the day's customers into the minutes (the evidence ATT-6 relies on).
 * Checked over the records the host passes in: a duty day with receptions but no registration
 * from a rep who received, or with no minutes, is a gap.
 *
 * <p>Days are counted on the floor's {@link DutyCalendar} (CORE-CAL-4), every day by default.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class DailyReporting {

    private final DutyCalendar duty;

    private DailyReporting(DutyCalendar duty) {
        this.duty = duty;
    }

    /** The regulation's settings: a registration every day the floor is on duty, every day by default. */
    public static DailyReporting regulation() {
        return new DailyReporting(DutyCalendar.everyDay());
    }

    /** A builder starting from the regulation's settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A reception by a rep on a day.
     *
     * @param rep  the receiving rep, not null
     * @param day  the day, not null
     */
    public record ReceptionRecord(EmployeeId rep, LocalDate day) {
    }

    /**
     * A registration of the day's customers handed to the superior.
     *
     * @param rep  the rep, not null
     * @param day  the day registered, not null
     */
    public record RegistrationRecord(EmployeeId rep, LocalDate day) {
    }

    /**
     * Checks the records of a period (EST-3).
     *
     * @param from  the first day, not null
     * @param to  the last day, not before {@code from}, at most {@value DutyCalendar#MAX_SEARCH_DAYS} days later
     * @param receptions  the receptions, not null
     * @param registrations  the registrations handed in, not null
     * @param minutesDays  the days with evening-meeting minutes, not null
     * @return the report of gaps
     * @throws dev.kefu.core.validation.PolicyInputException on malformed records
     */
    public Decision<GapReport> check(LocalDate from, LocalDate to, List<ReceptionRecord> receptions,
            List<RegistrationRecord> registrations, List<LocalDate> minutesDays) {
        Violations v = Violations.create();
        Ranges.check(v, from, to, SalesFloorRules.EST_3);
        if (FloorTexts.requireElements(v, receptions, "receptions", SalesFloorRules.EST_3)) {
            for (int i = 0; i < receptions.size(); i++) {
                if (receptions.get(i) == null) {
                    continue;
                }
                v.requireNonNull(receptions.get(i).rep(), "receptions[" + i + "].rep", SalesFloorRules.EST_3);
                v.requireNonNull(receptions.get(i).day(), "receptions[" + i + "].day", SalesFloorRules.EST_3);
            }
        }
        if (FloorTexts.requireElements(v, registrations, "registrations", SalesFloorRules.EST_3)) {
            for (int i = 0; i < registrations.size(); i++) {
                if (registrations.get(i) == null) {
                    continue;
                }
                v.requireNonNull(registrations.get(i).rep(), "registrations[" + i + "].rep", SalesFloorRules.EST_3);
                v.requireNonNull(registrations.get(i).day(), "registrations[" + i + "].day", SalesFloorRules.EST_3);
            }
        }
        FloorTexts.requireElements(v, minutesDays, "minutesDays", SalesFloorRules.EST_3);
        v.throwIfAny();
        Map<LocalDate, Set<EmployeeId>> received = new TreeMap<>();
        for (ReceptionRecord r : receptions) {
            if (!r.day().isBefore(from) && !r.day().isAfter(to)) {
                received.computeIfAbsent(r.day(), d -> new TreeSet<>()).add(r.rep());
            }
        }
        Set<RegistrationRecord> registered = new HashSet<>(registrations);
        Set<LocalDate> minutes = new HashSet<>(minutesDays);
        List<FloorGap> gaps = new ArrayList<>();
        for (Map.Entry<LocalDate, Set<EmployeeId>> e : received.entrySet()) {
            LocalDate day = e.getKey();
            if (!duty.isDutyDay(day)) {
                continue;
            }
            for (EmployeeId rep : e.getValue()) {
                if (!registered.contains(new RegistrationRecord(rep, day))) {
                    gaps.add(new FloorGap(GapKind.NO_REGISTRATION, day, rep, "gap.noRegistration", day.toString(), rep));
                }
            }
            if (!minutes.contains(day)) {
                gaps.add(new FloorGap(GapKind.NO_MINUTES, day, null, "gap.noMinutes", day.toString()));
            }
        }
        return GapReport.decide(gaps, SalesFloorRules.EST_3);
    }

    /**
     * Builds daily reporting; setters record problems and {@link #build()} reports them all.
     *
     * <p>Implementation Requirements: not thread-safe.
     */
    public static final class Builder {
        private final FloorTexts.SettingProblems problems = new FloorTexts.SettingProblems();
        private DutyCalendar duty = DutyCalendar.everyDay();

        private Builder() {
        }

        /**
         * The floor's duty calendar (CORE-CAL-4, default every day).
         *
         * @param calendar  not null
         * @return this builder
         */
        public Builder dutyCalendar(DutyCalendar calendar) {
            if (problems.check(calendar != null, "dutyCalendar", "setting.null", SalesFloorRules.EST_3)) {
                this.duty = calendar;
            }
            return this;
        }

        /**
         * Builds the check.
         *
         * @return the check
         * @throws dev.kefu.core.validation.PolicyInputException naming every setting in error
         */
        public DailyReporting build() {
            problems.build(Map.of());
            return new DailyReporting(duty);
        }
    }
}
