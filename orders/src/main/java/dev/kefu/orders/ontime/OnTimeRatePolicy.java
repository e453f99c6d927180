package dev.kefu.orders.ontime;

import static dev.kefu.orders.OrderRules.ORD_19;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.OrdersMessages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order-handling on-time rate (ORD-19, S0 §5.2.2): orders whose steps met their deadlines
 * (ORD-4 picking, ORD-8 shipping and the host's [X] steps) ÷ orders due in the month. The seed
 * names the indicator only; the formula is the library's own, as in CMP-14.
 *
 * <p>Reading: an order is due in the calendar month (CORE-CAL-4, in the policy's zone) of its
 * latest step deadline; it is on time when every step was done by its deadline, and a step not
 * done counts as missed. Appraisal (APR-2) takes the result as a value — {@link OnTimeRate#percent()}
 * — so this module does not depend on kefu-appraisal.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class OnTimeRatePolicy {

    private static final OnTimeRatePolicy REGULATION = new OnTimeRatePolicy(BusinessCalendar.DEFAULT_ZONE);

    private final ZoneId zone;

    private OnTimeRatePolicy(ZoneId zone) {
        this.zone = zone;
    }

    /** The regulation's rate, months in Asia/Shanghai. */
    public static OnTimeRatePolicy regulation() {
        return REGULATION;
    }

    /** A builder starting from the regulation's settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The on-time rate of a month (ORD-19).
     *
     * @param steps  the step outcomes of the orders, none null
     * @param month  the month, not null
     * @return the rate
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is null, holds null or a deadline is out of range
     */
    public Decision<OnTimeRate> over(List<StepOutcome> steps, YearMonth month) {
        Violations v = Violations.create();
        v.requireNonNull(month, "month", ORD_19);
        if (v.requireNonNull(steps, "steps", ORD_19)) {
            for (int i = 0; i < steps.size(); i++) {
                StepOutcome s = steps.get(i);
                if (v.requireNonNull(s, "steps[" + i + "]", ORD_19) && !OrdersMessages.inSupportedRange(s.deadline())) {
                    v.add("steps[" + i + "].deadline", OrdersMessages.BUNDLE, "input.outOfRange", ORD_19);
                }
            }
        }
        v.throwIfAny();
        Map<OrderId, Instant> last = new LinkedHashMap<>();
        Map<OrderId, Boolean> allMet = new HashMap<>();
        for (StepOutcome s : steps) {
            last.merge(s.order(), s.deadline(), (a, b) -> a.isAfter(b) ? a : b);
            allMet.merge(s.order(), s.met(), Boolean::logicalAnd);
        }
        long due = 0;
        long onTime = 0;
        for (Map.Entry<OrderId, Instant> e : last.entrySet()) {
            if (Periods.monthOf(e.getValue(), zone).equals(month)) {
                due++;
                onTime += allMet.get(e.getKey()) ? 1 : 0;
            }
        }
        Optional<Share> rate = due == 0 ? Optional.empty()
                : Optional.of(Share.ofPercent(BigDecimal.valueOf(onTime).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(due), Share.MAX_SCALE, RoundingMode.HALF_EVEN)));
        OnTimeRate r = new OnTimeRate(month, due, onTime, rate);
        Reason why = rate.isEmpty()
                ? Reason.of(ORD_19, OrdersMessages.BUNDLE, "ontime.none", month.toString())
                : Reason.of(ORD_19, OrdersMessages.BUNDLE, "ontime.rate", month.toString(), onTime, due, rate.get().percent().toPlainString());
        return Decision.of(r, why);
    }

    /** Builds an on-time rate policy. */
    public static final class Builder {

        private ZoneId zone = BusinessCalendar.DEFAULT_ZONE;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * The zone months are counted in; default Asia/Shanghai.
         *
         * @param zone  the zone, not null
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            if (zone == null) {
                problems.add("zone", "required", ORD_19);
            } else {
                this.zone = zone;
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException listing every bad setting
         */
        public OnTimeRatePolicy build() {
            problems.throwIfAny();
            return new OnTimeRatePolicy(zone);
        }
    }
}
