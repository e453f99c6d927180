package dev.kefu.gas.hall;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Arrival and closing (MTR-19): clerks are at their post <b>10 minutes</b> before the shift
 * starts, to check equipment, stock forms and blank receipts and tidy the hall; a later arrival
 * is a breach. After closing they check the equipment is off and put away materials and forms
 * before leaving. An arrival after the shift's start is also lateness (MTR-2).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ArrivalPolicy {

    private final Duration lead;
    private final ZoneId zone;

    private ArrivalPolicy(Duration lead, ZoneId zone) {
        this.lead = lead;
        this.zone = zone;
    }

    /** The regulation's policy: at the post 10 minutes early. */
    public static ArrivalPolicy regulation() {
        return builder().build();
    }

    /** A builder starting from the regulation's values. */
    public static Builder builder() {
        return new Builder();
    }

    /** The verdict on an arrival. */
    public enum Arrival {
        /** At the post by the lead time. */
        IN_TIME,
        /** After the lead time but by the shift's start (MTR-19). */
        LATE_FOR_PREPARATION,
        /** After the shift's start: also lateness (MTR-2). */
        LATE_FOR_SHIFT
    }

    /** What was skipped at closing. */
    public enum ClosingFinding {
        /** Equipment not checked off before leaving. */
        EQUIPMENT_NOT_CHECKED,
        /** Materials and forms not put away before leaving. */
        MATERIALS_NOT_STORED
    }

    /**
     * Checks an arrival (MTR-19).
     *
     * @param clerk  the clerk, not null
     * @param shiftStart  the shift's start, not null
     * @param arrivedAt  when the clerk was at the post, not null
     * @return the decision
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is null
     */
    public Decision<Arrival> checkArrival(EmployeeId clerk, Instant shiftStart, Instant arrivedAt) {
        Violations v = Violations.create();
        v.requireNonNull(clerk, "clerk", GasRules.MTR_19);
        v.requireNonNull(shiftStart, "shiftStart", GasRules.MTR_19);
        v.requireNonNull(arrivedAt, "arrivedAt", GasRules.MTR_19);
        v.throwIfAny();
        Instant by = shiftStart.minus(lead);
        String shift = GasMessages.local(shiftStart, zone);
        String arrived = GasMessages.local(arrivedAt, zone);
        if (!arrivedAt.isAfter(by)) {
            return Decision.of(Arrival.IN_TIME, Reason.of(GasRules.MTR_19, GasMessages.BUNDLE, "arrival.inTime", clerk, arrived, shift, lead.toMinutes()));
        }
        if (!arrivedAt.isAfter(shiftStart)) {
            return Decision.of(Arrival.LATE_FOR_PREPARATION, Reason.of(GasRules.MTR_19, GasMessages.BUNDLE, "arrival.late", clerk, arrived, shift,
                    lead.toMinutes(), GasMessages.local(by, zone)));
        }
        return Decision.of(Arrival.LATE_FOR_SHIFT,
                Reason.of(GasRules.MTR_19, GasMessages.BUNDLE, "arrival.late", clerk, arrived, shift, lead.toMinutes(), GasMessages.local(by, zone)),
                Reason.of(GasRules.MTR_2, GasMessages.BUNDLE, "arrival.lateness", clerk, Duration.between(shiftStart, arrivedAt).toMinutes()));
    }

    /**
     * Checks what a clerk did after closing (MTR-19).
     *
     * @param record  the closing record, not null
     * @return the decision whose outcome is what was skipped
     * @throws dev.kefu.core.validation.PolicyInputException if the record is null
     */
    public Decision<Set<ClosingFinding>> checkClosing(ClosingRecord record) {
        Violations v = Violations.create();
        v.requireNonNull(record, "record", GasRules.MTR_19);
        v.throwIfAny();
        Set<ClosingFinding> findings = EnumSet.noneOf(ClosingFinding.class);
        List<Reason> reasons = new ArrayList<>();
        String left = GasMessages.local(record.leftAt(), zone);
        if (record.equipmentCheckedAt().map(t -> t.isAfter(record.leftAt())).orElse(true)) {
            findings.add(ClosingFinding.EQUIPMENT_NOT_CHECKED);
            reasons.add(Reason.of(GasRules.MTR_19, GasMessages.BUNDLE, "closing.equipment", record.clerk(), left));
        }
        if (record.materialsStoredAt().map(t -> t.isAfter(record.leftAt())).orElse(true)) {
            findings.add(ClosingFinding.MATERIALS_NOT_STORED);
            reasons.add(Reason.of(GasRules.MTR_19, GasMessages.BUNDLE, "closing.materials", record.clerk(), left));
        }
        if (findings.isEmpty()) {
            reasons.add(Reason.of(GasRules.MTR_19, GasMessages.BUNDLE, "closing.ok", record.clerk(), left));
        }
        return Decision.of(Set.copyOf(findings), reasons);
    }

    @Override
    public String toString() {
        return "ArrivalPolicy[" + lead + "]";
    }

    /** Builds the policy; setters never throw, {@link #build()} reports every problem. */
    public static final class Builder {
        private Duration lead = Duration.ofMinutes(10);
        private ZoneId zone = GasMessages.DEFAULT_ZONE;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * Sets how long before the shift clerks are at their post; the regulation's is 10 minutes.
         *
         * @param lead  not negative
         * @return this
         */
        public Builder lead(Duration lead) {
            if (lead == null || lead.isNegative()) {
                problems.add("lead", "notNegative", GasRules.MTR_19);
            } else {
                this.lead = lead;
            }
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
                problems.add("zone", "required", GasRules.MTR_19);
            } else {
                this.zone = zone;
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException naming every problem
         */
        public ArrivalPolicy build() {
            problems.throwIfAny();
            return new ArrivalPolicy(lead, zone);
        }
    }
}
