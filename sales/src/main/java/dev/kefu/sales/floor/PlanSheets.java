package dev.kefu.sales.floor;

import dev.kefu.core.calendar.DutyCalendar;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EST-15, plan sheets (计划表): each sales-department employee — the sales manager included —
 * fills in a daily plan in the morning and hands it to the sales assistant; before the end of the
 * day the assistant hands it back and the employee writes the day's summary on it. The weekly plan
 * is filled in every <b>Saturday</b> (周六). The morning cut-off is a required setting [X] (the
 * seed says only 早上, "in the morning").
 *
 * <p>Readings: days are the floor's duty days ({@link DutyCalendar}, every day by default); the
 * summary is due by the end of the planned day in the floor's zone; a weekly plan is due on each
 * weekly-plan day that is a duty day.
 *
 * <p>Required setting (no default): {@code morningCutoff}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class PlanSheets {

    private final LocalTime morningCutoff;
    private final DayOfWeek weeklyPlanDay;
    private final DutyCalendar duty;
    private final ZoneId zone;

    private PlanSheets(LocalTime morningCutoff, DayOfWeek weeklyPlanDay, DutyCalendar duty, ZoneId zone) {
        this.morningCutoff = morningCutoff;
        this.weeklyPlanDay = weeklyPlanDay;
        this.duty = duty;
        this.zone = zone;
    }

    /** A builder; {@code morningCutoff} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the plan sheets of a period (EST-15).
     *
     * @param from  the first day, not null
     * @param to  the last day, not before {@code from}
     * @param department  the sales-department employees, the sales manager included, not null
     * @param sheets  the plan sheets, not null
     * @return the report of gaps
     * @throws dev.kefu.core.validation.PolicyInputException on a malformed record
     */
    public Decision<GapReport> check(LocalDate from, LocalDate to, List<EmployeeId> department, List<PlanSheet> sheets) {
        RuleId rule = SalesFloorRules.EST_15;
        Violations v = Violations.create();
        Ranges.check(v, from, to, rule);
        FloorTexts.requireElements(v, department, "department", rule);
        FloorTexts.requireElements(v, sheets, "sheets", rule);
        v.throwIfAny();
        Map<String, PlanSheet> daily = new HashMap<>();
        Set<String> weekly = new HashSet<>();
        for (PlanSheet s : sheets) {
            String k = s.employee().value() + "|" + s.day();
            if (s.kind() == PlanSheet.Kind.DAILY) {
                daily.merge(k, s, (a, b) -> a.handedIn().orElseThrow().isAfter(b.handedIn().orElseThrow()) ? b : a);
            } else {
                weekly.add(k);
            }
        }
        List<FloorGap> gaps = new ArrayList<>();
        List<EmployeeId> people = new ArrayList<>(new java.util.LinkedHashSet<>(department));
        for (long epoch = from.toEpochDay(); epoch <= to.toEpochDay(); epoch++) {
            LocalDate day = LocalDate.ofEpochDay(epoch);
            if (!duty.isDutyDay(day)) {
                continue;
            }
            Instant cutoff = day.atTime(morningCutoff).atZone(zone).toInstant();
            Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
            for (EmployeeId e : people) {
                PlanSheet s = daily.get(e.value() + "|" + day);
                if (s == null) {
                    gaps.add(new FloorGap(GapKind.NO_DAILY_PLAN, day, e, "gap.noDailyPlan", day.toString(), e));
                    continue;
                }
                if (s.handedIn().orElseThrow().isAfter(cutoff)) {
                    gaps.add(new FloorGap(GapKind.LATE_DAILY_PLAN, day, e, "gap.lateDailyPlan", day.toString(), e,
                            FloorTexts.time(s.handedIn().orElseThrow(), zone), FloorTexts.time(cutoff, zone)));
                }
                if (s.summaryWritten().isEmpty() || !s.summaryWritten().get().isBefore(endOfDay)) {
                    gaps.add(new FloorGap(GapKind.NO_SUMMARY, day, e, "gap.noSummary", day.toString(), e));
                }
            }
            if (day.getDayOfWeek() == weeklyPlanDay) {
                for (EmployeeId e : people) {
                    if (!weekly.contains(e.value() + "|" + day)) {
                        gaps.add(new FloorGap(GapKind.NO_WEEKLY_PLAN, day, e, "gap.noWeeklyPlan", day.toString(), e));
                    }
                }
            }
        }
        return GapReport.decide(gaps, rule);
    }

    /**
     * Builds the plan-sheet check; setters record problems and {@link #build()} reports them all.
     *
     * <p>Implementation Requirements: not thread-safe.
     */
    public static final class Builder {
        private final FloorTexts.SettingProblems problems = new FloorTexts.SettingProblems();
        private LocalTime morningCutoff;
        private DayOfWeek weeklyPlanDay = DayOfWeek.SATURDAY;
        private DutyCalendar duty = DutyCalendar.everyDay();
        private ZoneId zone = FloorTexts.DEFAULT_ZONE;

        private Builder() {
        }

        /**
         * The latest time the daily plan may be handed in (EST-15, required [X]; the seed says only 早上).
         *
         * @param cutoff  not null
         * @return this builder
         */
        public Builder morningCutoff(LocalTime cutoff) {
            if (problems.check(cutoff != null, "morningCutoff", "setting.null", SalesFloorRules.EST_15)) {
                this.morningCutoff = cutoff;
            }
            return this;
        }

        /**
         * The day the weekly plan is filled in (EST-15, default Saturday).
         *
         * @param day  not null
         * @return this builder
         */
        public Builder weeklyPlanDay(DayOfWeek day) {
            if (problems.check(day != null, "weeklyPlanDay", "setting.null", SalesFloorRules.EST_15)) {
                this.weeklyPlanDay = day;
            }
            return this;
        }

        /**
         * The floor's duty calendar (CORE-CAL-4, default every day).
         *
         * @param calendar  not null
         * @return this builder
         */
        public Builder dutyCalendar(DutyCalendar calendar) {
            if (problems.check(calendar != null, "dutyCalendar", "setting.null", SalesFloorRules.EST_15)) {
                this.duty = calendar;
            }
            return this;
        }

        /**
         * The zone in which times are read and shown (default Asia/Shanghai).
         *
         * @param zone  not null
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            if (problems.check(zone != null, "zone", "setting.null", SalesFloorRules.EST_15)) {
                this.zone = zone;
            }
            return this;
        }

        /**
         * Builds the check.
         *
         * @return the check
         * @throws dev.kefu.core.validation.PolicyInputException naming every setting in error or missing
         */
        public PlanSheets build() {
            Map<String, RuleId> missing = new LinkedHashMap<>();
            if (morningCutoff == null) {
                missing.put("morningCutoff", SalesFloorRules.EST_15);
            }
            problems.build(missing);
            return new PlanSheets(morningCutoff, weeklyPlanDay, duty, zone);
        }
    }
}
