package dev.kefu.gas.meter;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a reading may be stored and whether it was taken on schedule:
 * <ul>
 *   <li>MTR-5 — a reading is the actual index read on site: an estimate (估抄) is never stored;
 *       a commercial reading records the base-meter reading, the cumulative consumption and,
 *       for a prepaid meter, the amount stored in the meter; an index below the meter's
 *       previous reading is refused as a suspected wrong reading (錯抄).</li>
 *   <li>MTR-7 — commercial meters are read on the <b>22nd–23rd</b> of each month (calendar
 *       dates, not moved off days off); household and indoor-mounted household meters on the
 *       host's schedule, a <b>required setting</b> ([X]: 按規定的抄表時間).</li>
 * </ul>
 * Build with {@link #builder()}: {@code build()} fails naming each class whose reading days
 * are missing.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ReadingPolicy {

    private final Map<MeterClass, ReadingDays> days;
    private final ZoneId zone;

    private ReadingPolicy(Map<MeterClass, ReadingDays> days, ZoneId zone) {
        this.days = days;
        this.zone = zone;
    }

    /** A builder with the regulation's commercial days (22nd–23rd); the other classes' days are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The reading days of a class (MTR-7). */
    public ReadingDays readingDays(MeterClass meterClass) {
        return days.get(meterClass);
    }

    /**
     * Checks a reading that has no earlier reading (MTR-5, MTR-7).
     *
     * @param reading  the reading, not null
     * @return the decision
     * @throws dev.kefu.core.validation.PolicyInputException if the reading is null
     */
    public Decision<ReadingVerdict> check(MeterReading reading) {
        Violations v = Violations.create();
        v.requireNonNull(reading, "reading", GasRules.MTR_5);
        v.throwIfAny();
        return decide(reading, null);
    }

    /**
     * Checks a reading against the meter's previous reading (MTR-5, MTR-7).
     *
     * @param reading  the reading, not null
     * @param previous  the meter's previous stored reading, same meter, taken earlier, not null
     * @return the decision
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is null or the
     *     previous reading is of another meter or not earlier
     */
    public Decision<ReadingVerdict> check(MeterReading reading, MeterReading previous) {
        Violations v = Violations.create();
        boolean ok = v.requireNonNull(reading, "reading", GasRules.MTR_5) & v.requireNonNull(previous, "previous", GasRules.MTR_5);
        if (ok) {
            if (!previous.meterNumber().equals(reading.meterNumber())) {
                v.add("previous.meterNumber", GasMessages.BUNDLE, "reading.otherMeter", GasRules.MTR_5);
            }
            if (!previous.takenAt().isBefore(reading.takenAt())) {
                v.add("previous.takenAt", GasMessages.BUNDLE, "reading.notEarlier", GasRules.MTR_5);
            }
        }
        v.throwIfAny();
        return decide(reading, previous);
    }

    private Decision<ReadingVerdict> decide(MeterReading r, MeterReading previous) {
        Set<ReadingFinding> findings = EnumSet.noneOf(ReadingFinding.class);
        List<Reason> reasons = new ArrayList<>();
        String when = GasMessages.local(r.takenAt(), zone);
        if (r.method() == ReadingMethod.ESTIMATED) {
            findings.add(ReadingFinding.ESTIMATED);
            reasons.add(reason(GasRules.MTR_5, "reading.estimated", r.meterNumber(), when));
        }
        if (r.meterClass() == MeterClass.COMMERCIAL && (r.cumulativeConsumption().isEmpty()
                || r.payment() == MeterPayment.PREPAID && r.storedAmount().isEmpty())) {
            findings.add(ReadingFinding.COMMERCIAL_VALUES_MISSING);
            reasons.add(reason(GasRules.MTR_5, "reading.commercialValues", r.meterNumber()));
        }
        if (previous != null && r.index().compareTo(previous.index()) < 0) {
            findings.add(ReadingFinding.INDEX_BELOW_PREVIOUS);
            reasons.add(reason(GasRules.MTR_5, "reading.belowPrevious", r.meterNumber(),
                    r.index().toPlainString(), previous.index().toPlainString()));
        }
        LocalDate day = LocalDate.ofInstant(r.takenAt(), zone);
        ReadingDays scheduled = days.get(r.meterClass());
        if (!scheduled.includes(day)) {
            findings.add(ReadingFinding.OFF_SCHEDULE);
            reasons.add(reason(GasRules.MTR_7, "reading.offSchedule", r.meterNumber(), when,
                    GasMessages.en(r.meterClass()), GasMessages.zh(r.meterClass()), scheduled.firstDay(), scheduled.lastDay()));
        }
        ReadingStatus status;
        if (findings.contains(ReadingFinding.ESTIMATED) || findings.contains(ReadingFinding.COMMERCIAL_VALUES_MISSING)
                || findings.contains(ReadingFinding.INDEX_BELOW_PREVIOUS)) {
            status = ReadingStatus.REFUSED;
        } else if (findings.contains(ReadingFinding.OFF_SCHEDULE)) {
            status = ReadingStatus.OFF_SCHEDULE;
        } else {
            status = ReadingStatus.ACCEPTED;
            reasons.add(reason(GasRules.MTR_5, "reading.accepted", r.meterNumber(), when));
        }
        return Decision.of(new ReadingVerdict(status, findings), reasons);
    }

    private static Reason reason(RuleId rule, String key, Object... args) {
        return Reason.of(rule, GasMessages.BUNDLE, key, args);
    }

    @Override
    public String toString() {
        return "ReadingPolicy" + days;
    }

    /** Builds a {@link ReadingPolicy}; setters never throw, {@link #build()} reports every problem. */
    public static final class Builder {
        private final Map<MeterClass, ReadingDays> days = new EnumMap<>(MeterClass.class);
        private final Violations problems = Violations.create();
        private ZoneId zone = GasMessages.DEFAULT_ZONE;

        private Builder() {
            days.put(MeterClass.COMMERCIAL, ReadingDays.commercialRegulation());
        }

        /**
         * Sets the reading days of a class (MTR-7); commercial defaults to the 22nd–23rd.
         *
         * @param meterClass  the class, not null
         * @param readingDays  its reading days, not null
         * @return this
         */
        public Builder readingDays(MeterClass meterClass, ReadingDays readingDays) {
            if (meterClass == null || readingDays == null) {
                problems.add("readingDays", "required", GasRules.MTR_7);
            } else {
                days.put(meterClass, readingDays);
            }
            return this;
        }

        /**
         * Sets the zone in which readings' days are taken; default {@code Asia/Shanghai}.
         *
         * @param zone  the zone, not null
         * @return this
         */
        public Builder zone(ZoneId zone) {
            if (zone == null) {
                problems.add("zone", "required", GasRules.MTR_7);
            } else {
                this.zone = zone;
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException naming every problem, including
         *     each class whose reading days are missing ({@code readingDays.household},
         *     {@code readingDays.indoorHousehold})
         */
        public ReadingPolicy build() {
            Violations v = Violations.create().addAll(problems.list());
            for (MeterClass c : MeterClass.values()) {
                if (!days.containsKey(c)) {
                    v.add(settingName(c), GasMessages.BUNDLE, "setting.required", GasRules.MTR_7);
                }
            }
            v.throwIfAny();
            return new ReadingPolicy(new EnumMap<>(days), zone);
        }

        private static String settingName(MeterClass c) {
            return c == MeterClass.HOUSEHOLD ? "readingDays.household" : c == MeterClass.INDOOR_HOUSEHOLD ? "readingDays.indoorHousehold" : "readingDays.commercial";
        }
    }
}
