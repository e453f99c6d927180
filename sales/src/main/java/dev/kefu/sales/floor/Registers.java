package dev.kefu.sales.floor;

import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * EST-14, who fills in which register, and when (completing ARC-15): the receiving rep fills in
 * the visitor and call registers; the sales assistant fills in the small- and large-deposit
 * detail sheets, the sales statistics and the signing detail sheet promptly after each
 * transaction (deadline [X]: the seed says only 及时, "promptly"); the sales manager fills in the
 * weekly sales analysis and the weekly business report; property information on the web is
 * checked <b>weekly</b> and passed to the department.
 *
 * <p>Reading: "weekly" means no stretch of a week (7 days by default) inside the period checked
 * without the web check, or without each weekly report. The assistant's deadline runs in
 * elapsed time from the transaction ({@link Periods#elapsedDeadline}).
 *
 * <p>Required setting (no default): {@code assistantDeadline}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Registers {

    private final Duration assistantDeadline;
    private final Period weeklyInterval;
    private final ZoneId zone;

    private Registers(Duration assistantDeadline, Period weeklyInterval, ZoneId zone) {
        this.assistantDeadline = assistantDeadline;
        this.weeklyInterval = weeklyInterval;
        this.zone = zone;
    }

    /** A builder; {@code assistantDeadline} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the registers of a period (EST-14).
     *
     * @param from  the first day, not null
     * @param to  the last day, not before {@code from}
     * @param roles  each employee's role on the floor, not null
     * @param entries  the register entries, not null
     * @param webChecks  the days property information on the web was checked and passed on, not null
     * @return the report of gaps
     * @throws dev.kefu.core.validation.PolicyInputException on a malformed record or an employee without a role
     */
    public Decision<GapReport> check(LocalDate from, LocalDate to, Map<EmployeeId, FloorRole> roles, List<RegisterEntry> entries,
            List<LocalDate> webChecks) {
        RuleId rule = SalesFloorRules.EST_14;
        Violations v = Violations.create();
        Ranges.check(v, from, to, rule);
        boolean rolesOk = v.requireNonNull(roles, "roles", rule);
        if (FloorTexts.requireElements(v, entries, "entries", rule) && rolesOk) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) != null && roles.get(entries.get(i).filledBy()) == null) {
                    FloorTexts.add(v, "entries[" + i + "].filledBy", "register.noRole", rule);
                }
            }
        }
        FloorTexts.requireElements(v, webChecks, "webChecks", rule);
        v.throwIfAny();
        List<FloorGap> gaps = new ArrayList<>();
        Map<RegisterKind, List<LocalDate>> weeklyDays = new LinkedHashMap<>();
        weeklyDays.put(RegisterKind.WEEKLY_SALES_ANALYSIS, new ArrayList<>());
        weeklyDays.put(RegisterKind.WEEKLY_BUSINESS_REPORT, new ArrayList<>());
        for (RegisterEntry e : entries) {
            LocalDate day = Periods.dayOf(e.filledAt(), zone);
            String when = FloorTexts.time(e.filledAt(), zone);
            FloorRole role = roles.get(e.filledBy());
            switch (e.kind().filler()) {
                case RECEIVING_REP:
                    if (!e.filledBy().equals(e.receivedBy().orElseThrow())) {
                        gaps.add(new FloorGap(GapKind.REGISTER_WRONG_FILLER, day, e.filledBy(), e.kind().key() + ".wrongFiller",
                                when, e.filledBy(), e.receivedBy().orElseThrow()));
                    }
                    break;
                case ASSISTANT:
                    if (role != FloorRole.SALES_ASSISTANT) {
                        gaps.add(new FloorGap(GapKind.REGISTER_WRONG_FILLER, day, e.filledBy(), e.kind().key() + ".notAssistant",
                                when, e.filledBy()));
                    }
                    Instant due = Periods.elapsedDeadline(e.transactionAt().orElseThrow(), assistantDeadline);
                    if (e.filledAt().isAfter(due)) {
                        gaps.add(new FloorGap(GapKind.REGISTER_LATE, day, e.filledBy(), e.kind().key() + ".late",
                                when, FloorTexts.time(e.transactionAt().orElseThrow(), zone), FloorTexts.time(due, zone)));
                    }
                    break;
                default:
                    if (role != FloorRole.SALES_MANAGER) {
                        gaps.add(new FloorGap(GapKind.REGISTER_WRONG_FILLER, day, e.filledBy(), e.kind().key() + ".notManager",
                                when, e.filledBy()));
                    } else {
                        weeklyDays.get(e.kind()).add(day);
                    }
                    break;
            }
        }
        weekly(gaps, from, to, webChecks, "gap.weekly.webCheck");
        for (Map.Entry<RegisterKind, List<LocalDate>> w : weeklyDays.entrySet()) {
            weekly(gaps, from, to, w.getValue(), w.getKey().key() + ".missed");
        }
        return GapReport.decide(gaps, rule);
    }

    /** Adds a gap for each stretch of the weekly interval in [from, to] without a day in {@code days}. */
    private void weekly(List<FloorGap> gaps, LocalDate from, LocalDate to, List<LocalDate> days, String key) {
        TreeSet<LocalDate> sorted = new TreeSet<>();
        for (LocalDate d : days) {
            if (!d.isBefore(from) && !d.isAfter(to)) {
                sorted.add(d);
            }
        }
        // the last day on which the previous check still covers; the first check is due within the interval of from
        LocalDate coveredThrough = from.minusDays(1);
        for (LocalDate d : sorted) {
            LocalDate dueBy = coveredThrough.plus(weeklyInterval);
            if (d.isAfter(dueBy)) {
                gaps.add(new FloorGap(GapKind.WEEKLY_DUTY_MISSED, dueBy, null, key, coveredThrough.plusDays(1).toString(), dueBy.toString()));
            }
            coveredThrough = d;
        }
        LocalDate dueBy = coveredThrough.plus(weeklyInterval);
        if (!dueBy.isAfter(to)) {
            gaps.add(new FloorGap(GapKind.WEEKLY_DUTY_MISSED, dueBy, null, key, coveredThrough.plusDays(1).toString(), dueBy.toString()));
        }
    }

    /**
     * Builds the register check; setters record problems and {@link #build()} reports them all.
     *
     * <p>Implementation Requirements: not thread-safe.
     */
    public static final class Builder {
        private final FloorTexts.SettingProblems problems = new FloorTexts.SettingProblems();
        private Duration assistantDeadline;
        private Period weeklyInterval = Period.ofWeeks(1);
        private ZoneId zone = FloorTexts.DEFAULT_ZONE;

        private Builder() {
        }

        /**
         * How soon after a transaction the sales assistant's sheets must be filled in (EST-14,
         * required [X]; the seed says only 及时, "promptly").
         *
         * @param deadline  above zero, not null
         * @return this builder
         */
        public Builder assistantDeadline(Duration deadline) {
            if (problems.check(deadline != null && !deadline.isNegative() && !deadline.isZero(), "assistantDeadline",
                    "setting.duration.positive", SalesFloorRules.EST_14)) {
                this.assistantDeadline = deadline;
            }
            return this;
        }

        /**
         * The longest stretch without the web check or a weekly report (EST-14, default one week).
         *
         * @param interval  a positive number of days or weeks, not null
         * @return this builder
         */
        public Builder weeklyInterval(Period interval) {
            boolean ok = interval != null && interval.getMonths() == 0 && interval.getYears() == 0 && interval.getDays() > 0;
            if (problems.check(ok, "weeklyInterval", "setting.period.days", SalesFloorRules.EST_14)) {
                this.weeklyInterval = interval;
            }
            return this;
        }

        /**
         * The zone in which days and times are read and shown (default Asia/Shanghai).
         *
         * @param zone  not null
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            if (problems.check(zone != null, "zone", "setting.null", SalesFloorRules.EST_14)) {
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
        public Registers build() {
            Map<String, RuleId> missing = new LinkedHashMap<>();
            if (assistantDeadline == null) {
                missing.put("assistantDeadline", SalesFloorRules.EST_14);
            }
            problems.build(missing);
            return new Registers(assistantDeadline, weeklyInterval, zone);
        }
    }
}
