package dev.kefu.security.duties;

import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityInputs;
import dev.kefu.security.SecurityMessages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Periodic duties the regulation orders "regularly" (定期) without an interval — SEC-11's backup
 * of the customer-information database, SEC-14's server-log check, packet monitoring and
 * public-server access monitoring, SEC-15's equipment maintenance, fire-equipment check and
 * air-conditioning test. The host names the duties it runs ({@link Builder#interval}); each
 * interval is required configuration, and {@link Builder#build()} fails naming every duty of
 * {@link Builder#duties} that has none. A duty is {@code CURRENT} when it was last done no longer
 * than its interval (elapsed time) before now, otherwise {@code OVERDUE}, or {@code NEVER_DONE}.
 * An intrusion found while monitoring goes to the SEC-8 register.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class PeriodicDuties {

    private final Map<Duty, Duration> intervals;
    private final ZoneId zone;

    private PeriodicDuties(Map<Duty, Duration> intervals, ZoneId zone) {
        this.intervals = intervals;
        this.zone = zone;
    }

    /** A builder: name the duties, give each an interval and a zone. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Where a duty stands.
     *
     * @param duty  a configured duty, not null
     * @param done  when it was done, not null, no nulls, none after now
     * @param now  the instant asked about, not null
     * @return the decision
     */
    public Decision<DutyStatus> check(Duty duty, List<Instant> done, Instant now) {
        Violations v = Violations.create();
        RuleId rule = duty == null ? RuleId.of("SEC-11") : duty.rule();
        if (v.requireNonNull(duty, "duty", rule) && !intervals.containsKey(duty)) {
            v.add("interval[" + duty.name() + "]", SecurityMessages.BUNDLE, "setting.required", rule);
        }
        if (SecurityInputs.nullOrHasNull(done)) {
            v.add("done", "required", rule);
        }
        if (v.requireNonNull(now, "now", rule) && done != null && done.stream().anyMatch(t -> t != null && t.isAfter(now))) {
            v.add("done", SecurityMessages.BUNDLE, "duty.future", rule);
        }
        v.throwIfAny();
        Duration interval = intervals.get(duty);
        Optional<Instant> last = done.stream().max(Instant::compareTo);
        if (last.isEmpty()) {
            return Decision.of(new DutyStatus(duty, DutyStatus.State.NEVER_DONE, Optional.empty(), Optional.empty()),
                    Reason.of(rule, SecurityMessages.BUNDLE, "duty.never", SecurityMessages.ordinal(duty), interval.toHours()));
        }
        Instant due = Periods.elapsedDeadline(last.get(), interval);
        boolean current = !now.isAfter(due);
        return Decision.of(new DutyStatus(duty, current ? DutyStatus.State.CURRENT : DutyStatus.State.OVERDUE, last, Optional.of(due)),
                Reason.of(rule, SecurityMessages.BUNDLE, current ? "duty.current" : "duty.overdue", SecurityMessages.ordinal(duty),
                        SecurityMessages.time(last.get(), zone), SecurityMessages.time(due, zone), interval.toHours()));
    }

    /**
     * SEC-15: where the air-conditioning test stands; only a test that records every indicator
     * counts as done, and each incomplete test is named in the explanation.
     *
     * @param tests  the recorded tests, not null, no nulls, none after now
     * @param now  the instant asked about, not null
     * @return the decision for {@link Duty#AIR_CONDITIONING_TEST}
     */
    public Decision<DutyStatus> checkAirConditioning(List<AirConditioningTest> tests, Instant now) {
        if (SecurityInputs.nullOrHasNull(tests)) {
            Violations.create().add("tests", "required", Duty.AIR_CONDITIONING_TEST.rule()).throwIfAny();
        }
        List<Instant> complete = tests.stream().filter(t -> t.missing().isEmpty()).map(AirConditioningTest::at).toList();
        Decision<DutyStatus> d = check(Duty.AIR_CONDITIONING_TEST, complete, now);
        List<Reason> reasons = new java.util.ArrayList<>(d.reasons());
        for (AirConditioningTest t : tests) {
            if (!t.missing().isEmpty()) {
                reasons.add(Reason.of(Duty.AIR_CONDITIONING_TEST.rule(), SecurityMessages.BUNDLE, "duty.acIncomplete",
                        SecurityMessages.time(t.at(), zone), t.missing().size()));
            }
        }
        return Decision.of(d.outcome(), reasons);
    }

    /** Builds the duty intervals; {@link #build()} names every duty without an interval. */
    public static final class Builder {
        private final Map<Duty, Duration> intervals = new EnumMap<>(Duty.class);
        private Set<Duty> duties = Set.of();
        private ZoneId zone;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /** The duties the host runs (each then needs an interval); default: those given an interval. */
        public Builder duties(Set<Duty> required) {
            if (SecurityInputs.nullOrHasNull(required)) {
                problems.add("duties", "required", RuleId.of("SEC-11"));
            } else {
                duties = Set.copyOf(required);
            }
            return this;
        }

        /** [X] The interval of a duty: positive. */
        public Builder interval(Duty duty, Duration every) {
            if (duty == null || every == null || every.isZero() || every.isNegative()) {
                problems.add(duty == null ? "interval" : "interval[" + duty.name() + "]", "positive",
                        duty == null ? RuleId.of("SEC-11") : duty.rule());
            } else {
                intervals.put(duty, every);
            }
            return this;
        }

        /** The zone in which explanations show times (required). */
        public Builder zone(ZoneId z) {
            if (z == null) {
                problems.add("zone", "required", RuleId.of("SEC-11"));
            } else {
                zone = z;
            }
            return this;
        }

        /** Builds the duties. */
        public PeriodicDuties build() {
            Violations v = Violations.create().addAll(problems.list());
            for (Duty d : Duty.values()) {
                if (duties.contains(d) && !intervals.containsKey(d)) {
                    v.add("interval[" + d.name() + "]", SecurityMessages.BUNDLE, "setting.required", d.rule());
                }
            }
            if (zone == null && problems.list().stream().noneMatch(p -> p.path().equals("zone"))) {
                v.add("zone", SecurityMessages.BUNDLE, "setting.required", RuleId.of("SEC-11"));
            }
            v.throwIfAny();
            return new PeriodicDuties(new EnumMap<>(intervals), zone);
        }
    }
}
