package dev.kefu.gas.records;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading reports (MTR-9): a daily reading report (抄表日報表) for each reading day, filed on
 * time; at month end a summary and data analysis of the month's readings; a meter found fast,
 * slow or failed reported promptly. None of the three times is stated (按時, 月底, 及時), so
 * each is a <b>required setting</b>: {@code dailyReportWithin} and {@code monthSummaryWithin}
 * (after the end of the day or month, midnight in the zone) and {@code anomalyReportWithin}
 * (elapsed time from the finding).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ReadingReportsCheck {

    private final Duration dailyReportWithin;
    private final Duration monthSummaryWithin;
    private final Duration anomalyReportWithin;
    private final ZoneId zone;

    private ReadingReportsCheck(Duration daily, Duration month, Duration anomaly, ZoneId zone) {
        this.dailyReportWithin = daily;
        this.monthSummaryWithin = month;
        this.anomalyReportWithin = anomaly;
        this.zone = zone;
    }

    /** A builder; the three deadlines are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the daily reports and month summaries of some reading days (MTR-9).
     *
     * @param readingDays  the days on which meters were read, not null
     * @param filings  the reports filed, not null
     * @param now  the current instant, not null
     * @return the decision whose outcome is every late or missing report
     * @throws dev.kefu.core.validation.PolicyInputException if an argument or element is null
     */
    public Decision<List<ReportIssue>> checkReports(List<LocalDate> readingDays, List<ReportFiling> filings, Instant now) {
        Violations v = Violations.create();
        if (v.requireNonNull(readingDays, "readingDays", GasRules.MTR_9)) {
            for (int i = 0; i < readingDays.size(); i++) {
                v.requireNonNull(readingDays.get(i), "readingDays[" + i + "]", GasRules.MTR_9);
            }
        }
        if (v.requireNonNull(filings, "filings", GasRules.MTR_9)) {
            for (int i = 0; i < filings.size(); i++) {
                v.requireNonNull(filings.get(i), "filings[" + i + "]", GasRules.MTR_9);
            }
        }
        v.requireNonNull(now, "now", GasRules.MTR_9);
        v.throwIfAny();
        Map<LocalDate, Instant> daily = new HashMap<>();
        Map<YearMonth, Instant> monthly = new HashMap<>();
        for (ReportFiling f : filings) {
            if (f.kind() == ReportKind.DAILY_READING_REPORT) {
                daily.merge(f.period(), f.filedAt(), (a, b) -> a.isBefore(b) ? a : b);
            } else {
                monthly.merge(YearMonth.from(f.period()), f.filedAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<ReportIssue> issues = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        Set<LocalDate> days = new LinkedHashSet<>(readingDays);
        Set<YearMonth> months = new LinkedHashSet<>();
        for (LocalDate d : days) {
            months.add(YearMonth.from(d));
            Instant due = dev.kefu.core.calendar.Periods.afterDayEnd(d, zone, dailyReportWithin);
            judge(ReportKind.DAILY_READING_REPORT, d, daily.get(d), due, now, issues, reasons);
        }
        for (YearMonth m : months) {
            Instant due = dev.kefu.core.calendar.Periods.afterDayEnd(m.atEndOfMonth(), zone, monthSummaryWithin);
            judge(ReportKind.MONTH_SUMMARY, m.atDay(1), monthly.get(m), due, now, issues, reasons);
        }
        if (issues.isEmpty()) {
            reasons.add(Reason.of(GasRules.MTR_9, GasMessages.BUNDLE, "reports.ok", days.size(), months.size()));
        }
        return Decision.of(List.copyOf(issues), reasons);
    }

    private void judge(ReportKind kind, LocalDate period, Instant filed, Instant due, Instant now, List<ReportIssue> issues,
            List<Reason> reasons) {
        String key = kind == ReportKind.DAILY_READING_REPORT ? "reports.daily" : "reports.month";
        if (filed != null && filed.isAfter(due)) {
            issues.add(new ReportIssue(kind, period, ReportIssue.Filing.LATE));
            reasons.add(Reason.of(GasRules.MTR_9, GasMessages.BUNDLE, key + ".late", period, GasMessages.local(filed, zone), GasMessages.local(due, zone)));
        } else if (filed == null && now.isAfter(due)) {
            issues.add(new ReportIssue(kind, period, ReportIssue.Filing.MISSING));
            reasons.add(Reason.of(GasRules.MTR_9, GasMessages.BUNDLE, key + ".missing", period, GasMessages.local(due, zone)));
        }
    }

    /**
     * Finds the meter anomalies reported late or not reported by their deadline (MTR-9).
     *
     * @param anomalies  the anomalies found, not null
     * @param now  the current instant, not null
     * @return the decision whose outcome is the anomalies reported late or overdue
     * @throws dev.kefu.core.validation.PolicyInputException if an argument or element is null
     */
    public Decision<List<MeterAnomaly>> checkAnomalies(List<MeterAnomaly> anomalies, Instant now) {
        Violations v = Violations.create();
        if (v.requireNonNull(anomalies, "anomalies", GasRules.MTR_9)) {
            for (int i = 0; i < anomalies.size(); i++) {
                v.requireNonNull(anomalies.get(i), "anomalies[" + i + "]", GasRules.MTR_9);
            }
        }
        v.requireNonNull(now, "now", GasRules.MTR_9);
        v.throwIfAny();
        List<MeterAnomaly> late = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (MeterAnomaly a : anomalies) {
            Instant due = a.foundAt().plus(anomalyReportWithin);
            boolean isLate = a.reportedAt().map(r -> r.isAfter(due)).orElse(now.isAfter(due));
            if (isLate) {
                late.add(a);
                reasons.add(Reason.of(GasRules.MTR_9, GasMessages.BUNDLE, a.reportedAt().isPresent() ? "anomaly.late" : "anomaly.unreported",
                        a.meterNumber(), GasMessages.en(a.kind()), GasMessages.zh(a.kind()), GasMessages.local(due, zone)));
            }
        }
        if (late.isEmpty()) {
            reasons.add(Reason.of(GasRules.MTR_9, GasMessages.BUNDLE, "anomaly.ok", anomalies.size()));
        }
        return Decision.of(List.copyOf(late), reasons);
    }

    @Override
    public String toString() {
        return "ReadingReportsCheck[" + dailyReportWithin + ", " + monthSummaryWithin + ", " + anomalyReportWithin + "]";
    }

    /** Builds the check; setters never throw, {@link #build()} reports every problem. */
    public static final class Builder {
        private Duration daily;
        private Duration month;
        private Duration anomaly;
        private ZoneId zone = GasMessages.DEFAULT_ZONE;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * Sets the daily report's deadline after the end of the reading day (MTR-9, [X]).
         *
         * @param afterDayEnd  not negative
         * @return this
         */
        public Builder dailyReportWithin(Duration afterDayEnd) {
            daily = checked(afterDayEnd, "dailyReportWithin");
            return this;
        }

        /**
         * Sets the month summary's deadline after the end of the month (MTR-9, unstated: 月底).
         *
         * @param afterMonthEnd  not negative
         * @return this
         */
        public Builder monthSummaryWithin(Duration afterMonthEnd) {
            month = checked(afterMonthEnd, "monthSummaryWithin");
            return this;
        }

        /**
         * Sets the anomaly report's deadline after the finding (MTR-9, unstated: 及時).
         *
         * @param afterFinding  not negative
         * @return this
         */
        public Builder anomalyReportWithin(Duration afterFinding) {
            anomaly = checked(afterFinding, "anomalyReportWithin");
            return this;
        }

        /**
         * Sets the zone; default {@code Asia/Shanghai}.
         *
         * @param zone  the zone, not null
         * @return this
         */
        public Builder zone(ZoneId zone) {
            if (zone == null) {
                problems.add("zone", "required", GasRules.MTR_9);
            } else {
                this.zone = zone;
            }
            return this;
        }

        private Duration checked(Duration d, String path) {
            if (d == null || d.isNegative()) {
                problems.add(path, "notNegative", GasRules.MTR_9);
                return null;
            }
            return d;
        }

        /**
         * Builds the check.
         *
         * @return the check
         * @throws dev.kefu.core.validation.PolicyInputException naming every problem and each
         *     missing deadline (MTR-9)
         */
        public ReadingReportsCheck build() {
            Violations v = Violations.create().addAll(problems.list());
            GasMessages.requireSetting(v, daily, "dailyReportWithin", GasRules.MTR_9);
            GasMessages.requireSetting(v, month, "monthSummaryWithin", GasRules.MTR_9);
            GasMessages.requireSetting(v, anomaly, "anomalyReportWithin", GasRules.MTR_9);
            v.throwIfAny();
            return new ReadingReportsCheck(daily, month, anomaly, zone);
        }
    }
}
