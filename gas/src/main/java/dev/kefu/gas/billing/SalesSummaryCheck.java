package dev.kefu.gas.billing;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The daily gas-sales summary (MTR-14): compiled and submitted promptly and accurately each
 * business day, and anomalies in customers' purchasing reported. "Promptly" is unstated (及時):
 * the deadline after the end of the business day is a <b>required setting</b>
 * ({@code deadlineAfterDay}); "accurately" is checked against the billing system's total.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class SalesSummaryCheck {

    private final DayEndDeadline deadline;
    private final ZoneId zone;

    private SalesSummaryCheck(DayEndDeadline deadline) {
        this.deadline = deadline;
        this.zone = deadline.zone;
    }

    /** A builder; the deadline is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks one day's summary against the system's total for the day (MTR-14).
     *
     * @param summary  the summary, not null
     * @param systemTotal  the billing system's sales total for the day, not null
     * @return the decision: in order, or every finding
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is null
     */
    public Decision<Set<SummaryFinding>> check(DailySalesSummary summary, Money systemTotal) {
        Violations v = Violations.create();
        v.requireNonNull(summary, "summary", GasRules.MTR_14);
        v.requireNonNull(systemTotal, "systemTotal", GasRules.MTR_14);
        v.throwIfAny();
        Set<SummaryFinding> findings = EnumSet.noneOf(SummaryFinding.class);
        List<Reason> reasons = new ArrayList<>();
        Instant due = deadline.dueFor(summary.businessDay());
        if (summary.submittedAt().isAfter(due)) {
            findings.add(SummaryFinding.LATE);
            reasons.add(reason("summary.late", summary.businessDay(), GasMessages.local(summary.submittedAt(), zone), GasMessages.local(due, zone)));
        }
        if (!summary.amount().equals(systemTotal)) {
            findings.add(SummaryFinding.INACCURATE);
            reasons.add(reason("summary.inaccurate", summary.businessDay(), summary.amount(), systemTotal));
        }
        if (summary.anomaliesReported() < summary.anomaliesFound()) {
            findings.add(SummaryFinding.ANOMALIES_UNREPORTED);
            reasons.add(reason("summary.anomalies", summary.businessDay(), summary.anomaliesFound() - summary.anomaliesReported()));
        }
        if (findings.isEmpty()) {
            reasons.add(reason("summary.ok", summary.businessDay(), summary.amount()));
        }
        return Decision.of(Set.copyOf(findings), reasons);
    }

    /**
     * Finds the business days with sales but no summary (MTR-14).
     *
     * @param daysWithSales  the days on which gas was sold, not null
     * @param summaries  the summaries submitted, not null
     * @return the decision whose outcome is the days missing a summary, in the order given
     * @throws dev.kefu.core.validation.PolicyInputException if a list or an element is null
     */
    public Decision<List<LocalDate>> missing(List<LocalDate> daysWithSales, List<DailySalesSummary> summaries) {
        Violations v = Violations.create();
        if (!(v.requireNonNull(daysWithSales, "daysWithSales", GasRules.MTR_14) & v.requireNonNull(summaries, "summaries", GasRules.MTR_14))) {
            v.throwIfAny();
        }
        Set<LocalDate> covered = new HashSet<>();
        for (int i = 0; i < summaries.size(); i++) {
            if (v.requireNonNull(summaries.get(i), "summaries[" + i + "]", GasRules.MTR_14)) {
                covered.add(summaries.get(i).businessDay());
            }
        }
        for (int i = 0; i < daysWithSales.size(); i++) {
            v.requireNonNull(daysWithSales.get(i), "daysWithSales[" + i + "]", GasRules.MTR_14);
        }
        v.throwIfAny();
        List<LocalDate> missing = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (LocalDate d : daysWithSales) {
            if (!covered.contains(d) && !missing.contains(d)) {
                missing.add(d);
                reasons.add(reason("summary.missing", d));
            }
        }
        if (missing.isEmpty()) {
            reasons.add(reason("summary.allPresent", daysWithSales.size()));
        }
        return Decision.of(List.copyOf(missing), reasons);
    }

    private static Reason reason(String key, Object... args) {
        return Reason.of(GasRules.MTR_14, GasMessages.BUNDLE, key, args);
    }

    @Override
    public String toString() {
        return "SalesSummaryCheck[" + deadline.afterDayEnd + "]";
    }

    /** Builds the check; setters never throw, {@link #build()} reports every problem. */
    public static final class Builder {
        private final DayEndDeadline.Settings settings = new DayEndDeadline.Settings(GasRules.MTR_14);

        private Builder() {
        }

        /**
         * Sets the submission deadline after the end of the business day (MTR-14, unstated: 及時).
         *
         * @param afterDayEnd  how long after midnight ending the business day, not negative
         * @return this
         */
        public Builder deadlineAfterDay(Duration afterDayEnd) {
            settings.deadlineAfterDay(afterDayEnd);
            return this;
        }

        /**
         * Sets the zone; default {@code Asia/Shanghai}.
         *
         * @param zone  the zone, not null
         * @return this
         */
        public Builder zone(ZoneId zone) {
            settings.zone(zone);
            return this;
        }

        /**
         * Builds the check.
         *
         * @return the check
         * @throws dev.kefu.core.validation.PolicyInputException naming every problem, including
         *     a missing {@code deadlineAfterDay} (MTR-14)
         */
        public SalesSummaryCheck build() {
            return new SalesSummaryCheck(settings.build());
        }
    }
}
