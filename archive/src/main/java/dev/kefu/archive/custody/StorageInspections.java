package dev.kefu.archive.custody;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.ArchiveRules;
import dev.kefu.archive.Labels;
import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The periodic inspection of stored files against damp, insects and corrosion (ARC-13, as
 * amended 2026-11-24). The regulation says only "定期" (periodically), so the interval is
 * required configuration with no default:
 * <pre>{@code
 * StorageInspections schedule = StorageInspections.builder().interval(Period.ofMonths(3)).build();
 * Decision<InspectionReport> d = schedule.status(inspections, today);
 * }</pre>
 * An interval in months counts as CORE-CAL-4 does (the day with the same number in the n-th
 * month, or that month's last day); days are added after the months. The next inspection is
 * due by the end of that day and overdue from the day after.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class StorageInspections {

    private final Period interval;

    private StorageInspections(Period interval) {
        this.interval = interval;
    }

    /** A builder; the interval is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The configured interval. */
    public Period interval() {
        return interval;
    }

    /**
     * The last day by which the inspection after one on a given day is due.
     *
     * @param last  the day of the last inspection, not null
     * @return the due day
     * @throws dev.kefu.core.validation.PolicyInputException if the day is null or the answer is beyond the supported dates
     */
    public LocalDate nextDue(LocalDate last) {
        Violations v = Violations.create();
        v.requireNonNull(last, "last", ArchiveRules.ARC_13);
        v.throwIfAny();
        long months = interval.toTotalMonths();
        LocalDate due = months > 0 ? Periods.lastDayOfMonths(last, (int) months) : last;
        if (due.isAfter(LocalDate.MAX.minusDays(interval.getDays()))) {
            Violations.create().add("last", ArchiveMessages.BUNDLE, "inspection.tooLate", ArchiveRules.ARC_13).throwIfAny();
        }
        return due.plusDays(interval.getDays());
    }

    /**
     * Where inspection stands on a day.
     *
     * @param inspections  the recorded inspections, in any order, no nulls, none after today
     * @param today  the day asked about, not null
     * @return the decision; its outcome says whether an inspection is due and what the last one found
     * @throws dev.kefu.core.validation.PolicyInputException listing every problem
     */
    public Decision<InspectionReport> status(List<StorageInspection> inspections, LocalDate today) {
        Violations v = Violations.create();
        v.requireNonNull(today, "today", ArchiveRules.ARC_13);
        if (v.requireNonNull(inspections, "inspections", ArchiveRules.ARC_13)) {
            for (int i = 0; i < inspections.size(); i++) {
                StorageInspection s = inspections.get(i);
                if (s == null) {
                    v.add("inspections[" + i + "]", "required", ArchiveRules.ARC_13);
                } else if (today != null && s.on().isAfter(today)) {
                    v.add("inspections[" + i + "].on", ArchiveMessages.BUNDLE, "inspection.future", ArchiveRules.ARC_13);
                }
            }
        }
        v.throwIfAny();
        StorageInspection last = null;
        for (StorageInspection s : inspections) {
            if (last == null || !s.on().isBefore(last.on())) {
                last = s;
            }
        }
        if (last == null) {
            return Decision.of(new InspectionReport(InspectionStatus.NEVER_INSPECTED, Optional.empty(), today, java.util.Set.of()),
                    Reason.of(ArchiveRules.ARC_13, ArchiveMessages.BUNDLE, "inspection.never", interval.toTotalMonths(), interval.getDays()));
        }
        LocalDate due = nextDue(last.on());
        List<Reason> reasons = new ArrayList<>();
        InspectionStatus status;
        if (today.isAfter(due)) {
            status = InspectionStatus.OVERDUE;
            reasons.add(Reason.of(ArchiveRules.ARC_13, ArchiveMessages.BUNDLE, "inspection.overdue", last.on(), interval.toTotalMonths(), interval.getDays(), due));
        } else if (!last.found().isEmpty()) {
            status = InspectionStatus.HAZARD_FOUND;
            reasons.add(Reason.of(ArchiveRules.ARC_13, ArchiveMessages.BUNDLE, "inspection.due", last.on(), due));
        } else {
            status = InspectionStatus.UP_TO_DATE;
            reasons.add(Reason.of(ArchiveRules.ARC_13, ArchiveMessages.BUNDLE, "inspection.due", last.on(), due));
        }
        for (StorageHazard h : last.found()) {
            reasons.add(Reason.of(ArchiveRules.ARC_13, ArchiveMessages.BUNDLE, "inspection.hazard", last.on(), Labels.of(h)));
        }
        return Decision.of(new InspectionReport(status, Optional.of(last.on()), due, last.found()), reasons);
    }

    @Override
    public String toString() {
        return "StorageInspections[every " + interval + "]";
    }

    /** Builds the inspection schedule; every problem is reported at {@link #build()}. */
    public static final class Builder {

        private Period interval;

        private Builder() {
        }

        /**
         * The interval between inspections (ARC-13: [X], the regulation says only 定期).
         *
         * @param interval  positive, not null
         * @return this builder
         */
        public Builder interval(Period interval) {
            this.interval = interval;
            return this;
        }

        /**
         * Builds the schedule.
         *
         * @return the schedule
         * @throws dev.kefu.core.validation.PolicyInputException naming the interval when it is missing, zero or negative
         */
        public StorageInspections build() {
            Violations v = Violations.create();
            if (interval == null) {
                v.add("interval", ArchiveMessages.BUNDLE, "setting.required", ArchiveRules.ARC_13, "interval");
            } else if (interval.isZero() || interval.isNegative() || interval.getDays() < 0 || interval.toTotalMonths() < 0
                    || interval.toTotalMonths() > Integer.MAX_VALUE) {
                v.add("interval", ArchiveMessages.BUNDLE, "setting.positivePeriod", ArchiveRules.ARC_13, interval);
            }
            v.throwIfAny();
            return new StorageInspections(interval);
        }
    }
}
