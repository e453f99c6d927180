package dev.kefu.gas.billing;

import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Arrears chasing (催繳, MTR-10): a customer in arrears is chased promptly. The time from
 * arrears to the first chase is unstated (及時) and so a <b>required setting</b>
 * ({@code firstChaseWithin}, [X]), an elapsed time (CORE-CAL-4).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ArrearsCheck {

    private final Duration firstChaseWithin;
    private final ZoneId zone;

    private ArrearsCheck(Duration firstChaseWithin, ZoneId zone) {
        this.firstChaseWithin = firstChaseWithin;
        this.zone = zone;
    }

    /** A builder; the chase deadline is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds the arrears chased late or not chased by their deadline (MTR-10).
     *
     * @param arrears  the arrears, not null
     * @param now  the current instant, not null
     * @return the decision whose outcome is the arrears chased late or overdue, in order
     * @throws dev.kefu.core.validation.PolicyInputException if an argument or element is null
     */
    public Decision<List<Arrears>> check(List<Arrears> arrears, Instant now) {
        Violations v = Violations.create();
        if (v.requireNonNull(arrears, "arrears", GasRules.MTR_10)) {
            for (int i = 0; i < arrears.size(); i++) {
                v.requireNonNull(arrears.get(i), "arrears[" + i + "]", GasRules.MTR_10);
            }
        }
        v.requireNonNull(now, "now", GasRules.MTR_10);
        v.throwIfAny();
        List<Arrears> late = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (Arrears a : arrears) {
            Instant due = Periods.elapsedDeadline(a.since(), firstChaseWithin);
            if (a.firstChase().isPresent()) {
                if (a.firstChase().get().isAfter(due)) {
                    late.add(a);
                    reasons.add(Reason.of(GasRules.MTR_10, GasMessages.BUNDLE, "arrears.late", a.customer(), a.amount(),
                            GasMessages.local(a.firstChase().get(), zone), GasMessages.local(due, zone)));
                }
            } else if (now.isAfter(due)) {
                late.add(a);
                reasons.add(Reason.of(GasRules.MTR_10, GasMessages.BUNDLE, "arrears.unchased", a.customer(), a.amount(),
                        GasMessages.local(due, zone)));
            }
        }
        if (late.isEmpty()) {
            reasons.add(Reason.of(GasRules.MTR_10, GasMessages.BUNDLE, "arrears.ok", arrears.size()));
        }
        return Decision.of(List.copyOf(late), reasons);
    }

    @Override
    public String toString() {
        return "ArrearsCheck[" + firstChaseWithin + "]";
    }

    /** Builds the check; setters never throw, {@link #build()} reports every problem. */
    public static final class Builder {
        private Duration firstChaseWithin;
        private ZoneId zone = GasMessages.DEFAULT_ZONE;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * Sets the longest time from arrears to the first chase (MTR-10, [X]).
         *
         * @param within  the elapsed time, above zero
         * @return this
         */
        public Builder firstChaseWithin(Duration within) {
            if (within == null || within.isNegative() || within.isZero()) {
                problems.add("firstChaseWithin", "positive", GasRules.MTR_10);
            } else {
                this.firstChaseWithin = within;
            }
            return this;
        }

        /**
         * Sets the zone in which times are shown; default {@code Asia/Shanghai}.
         *
         * @param zone  the zone, not null
         * @return this
         */
        public Builder zone(ZoneId zone) {
            if (zone == null) {
                problems.add("zone", "required", GasRules.MTR_10);
            } else {
                this.zone = zone;
            }
            return this;
        }

        /**
         * Builds the check.
         *
         * @return the check
         * @throws dev.kefu.core.validation.PolicyInputException naming every problem, including
         *     a missing {@code firstChaseWithin} (MTR-10)
         */
        public ArrearsCheck build() {
            Violations v = Violations.create().addAll(problems.list());
            GasMessages.requireSetting(v, firstChaseWithin, "firstChaseWithin", GasRules.MTR_10);
            v.throwIfAny();
            return new ArrearsCheck(firstChaseWithin, zone);
        }
    }
}
