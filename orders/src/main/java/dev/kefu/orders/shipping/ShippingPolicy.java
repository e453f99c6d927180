package dev.kefu.orders.shipping;

import static dev.kefu.orders.OrderRules.ORD_8;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrdersMessages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Shipping on time (ORD-8, S0 §4.3.3, S1 part 12 §6.2): goods ship on time and accurately, by
 * the carrier and method the customer asked for. The deadline is [X] (the seed says only 按時):
 * {@link Builder#shipWithinWorkingDays} is required. It counts on the business calendar
 * (CORE-CAL-4 for ORD-8): the day the order became ready is not counted, and the period ends at
 * close of business of the n-th working day after it.
 *
 * <p>Reading: the clock starts when the order is ready to ship — its receipt, or for a remote
 * order the remittance's arrival (ORD-7); the host passes that instant.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ShippingPolicy {

    private final BusinessCalendar calendar;
    private final int workingDays;

    private ShippingPolicy(BusinessCalendar calendar, int workingDays) {
        this.calendar = calendar;
        this.workingDays = workingDays;
    }

    /** A builder; the shipping period is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The calendar the period counts on. */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * The shipping deadline of an order ready at an instant (ORD-8).
     *
     * @param readyAt  when the shipping clock started, not null
     * @return the deadline
     * @throws dev.kefu.core.validation.PolicyInputException if null or outside the calendar's coverage
     */
    public Decision<Instant> deadline(Instant readyAt) {
        Violations v = Violations.create();
        if (v.requireNonNull(readyAt, "readyAt", ORD_8) && !OrdersMessages.inSupportedRange(readyAt)) {
            v.add("readyAt", OrdersMessages.BUNDLE, "input.outOfRange", ORD_8);
        }
        v.throwIfAny();
        Instant deadline = calendar.deadlineAfterWorkingDays(readyAt, workingDays);
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of(ORD_8, OrdersMessages.BUNDLE, "shipping.deadline",
                OrdersMessages.local(readyAt, calendar.zone()), workingDays, OrdersMessages.local(deadline, calendar.zone())));
        // CORE-CAL-3: a deadline that rests on a year not yet published says so
        reasons.addAll(calendar.provisionalReasons(java.time.LocalDate.ofInstant(readyAt, calendar.zone()),
                java.time.LocalDate.ofInstant(deadline, calendar.zone())));
        return Decision.of(deadline, reasons);
    }

    /**
     * Whether a shipment left on time, by the carrier and method the customer asked for (ORD-8).
     *
     * @param shipment  the shipment, not null
     * @return {@link ShippingCheck#MET} or {@link ShippingCheck#MISSED} naming each miss
     * @throws dev.kefu.core.validation.PolicyInputException if null or outside the calendar's coverage
     */
    public Decision<ShippingCheck> check(Shipment shipment) {
        Violations v = Violations.create();
        v.requireNonNull(shipment, "shipment", ORD_8);
        v.throwIfAny();
        Instant deadline = deadline(shipment.readyAt()).outcome();
        List<Reason> misses = new ArrayList<>();
        String shipped = OrdersMessages.local(shipment.shippedAt(), calendar.zone());
        String due = OrdersMessages.local(deadline, calendar.zone());
        if (shipment.shippedAt().isAfter(deadline)) {
            misses.add(Reason.of(ORD_8, OrdersMessages.BUNDLE, "shipping.late", shipped, due));
        }
        if (!shipment.carrier().equals(shipment.requestedCarrier())) {
            misses.add(Reason.of(ORD_8, OrdersMessages.BUNDLE, "shipping.otherCarrier"));
        }
        if (!shipment.method().equals(shipment.requestedMethod())) {
            misses.add(Reason.of(ORD_8, OrdersMessages.BUNDLE, "shipping.otherMethod"));
        }
        if (misses.isEmpty()) {
            return Decision.of(ShippingCheck.MET, Reason.of(ORD_8, OrdersMessages.BUNDLE, "shipping.onTime", shipped, due));
        }
        return Decision.of(ShippingCheck.MISSED, misses);
    }

    /** Builds a shipping policy. */
    public static final class Builder {

        private BusinessCalendar calendar;
        private int workingDays;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * The shipping period in working days ([X], required).
         *
         * @param days  at least 1
         * @return this builder
         */
        public Builder shipWithinWorkingDays(int days) {
            if (days < 1) {
                problems.add("shipWithinWorkingDays", "positive", ORD_8);
            } else {
                workingDays = days;
            }
            return this;
        }

        /**
         * The business calendar; default {@link BusinessCalendar#chinaOfficial()}.
         *
         * @param calendar  the calendar, not null
         * @return this builder
         */
        public Builder calendar(BusinessCalendar calendar) {
            if (calendar == null) {
                problems.add("calendar", "required", ORD_8);
            } else {
                this.calendar = calendar;
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException naming each missing or bad setting
         */
        public ShippingPolicy build() {
            Violations v = Violations.create().addAll(problems.list());
            if (workingDays < 1) {
                v.add("shipWithinWorkingDays", OrdersMessages.BUNDLE, "setting.required", ORD_8, "shipWithinWorkingDays");
            }
            v.throwIfAny();
            return new ShippingPolicy(calendar != null ? calendar : BusinessCalendar.chinaOfficial(), workingDays);
        }
    }
}
