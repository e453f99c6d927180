package dev.kefu.orders.fulfilment;

import static dev.kefu.orders.OrderRules.ORD_11;
import static dev.kefu.orders.OrderRules.ORD_12;
import static dev.kefu.orders.OrderRules.ORD_15;
import static dev.kefu.orders.OrderRules.ORD_5;
import static dev.kefu.orders.OrderRules.ORD_7;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrdersMessages;
import dev.kefu.orders.packing.LineVerdict;
import dev.kefu.orders.packing.PackingRecord;
import dev.kefu.orders.returns.ReturnSlip;
import dev.kefu.orders.returns.ReturnSlipCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The gates an order passes on its way out (ORD-5, ORD-7, ORD-11, ORD-12, ORD-15).
 * <ul>
 * <li>ORD-5: after picking the customer is phoned at once about shortages, colour differences
 * and price changes; reading: the call comes before the amount is quoted and before shipping.</li>
 * <li>ORD-7: a remote order ships after payment — counted and packed only once the remittance
 * has arrived, counted by <b>two</b> people (the clerk and a colleague), checked against the list
 * (ORD-12), then the carrier is called. The seed has no credit exception; a host that extends
 * credit chooses {@link PaymentRule#HOST_CREDIT_TERMS}.</li>
 * <li>ORD-12: goods with a quality problem never leave the warehouse.</li>
 * <li>ORD-11: a sale is not settled for a customer with no archive; ORD-15: an on-site return is
 * checked against the documents with the customer before the account is settled.</li>
 * </ul>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class FulfilmentGate {

    /** The regulation's number of people who count a remote order (ORD-7, as in ORD-14). */
    public static final int REGULATION_COUNTERS = 2;

    private static final FulfilmentGate REGULATION = new FulfilmentGate(PaymentRule.PAYMENT_FIRST, REGULATION_COUNTERS);

    private final PaymentRule paymentRule;
    private final int counters;

    private FulfilmentGate(PaymentRule paymentRule, int counters) {
        this.paymentRule = paymentRule;
        this.counters = counters;
    }

    /** The regulation's gates: payment first, two counters. */
    public static FulfilmentGate regulation() {
        return REGULATION;
    }

    /** A builder starting from the regulation's settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether the amount may be quoted (ORD-5): the order is picked and the customer was phoned
     * after picking.
     *
     * @param progress  the order's progress, not null
     * @return {@link GateOutcome#ALLOWED} or {@link GateOutcome#REFUSED}
     * @throws dev.kefu.core.validation.PolicyInputException if progress is null
     */
    public Decision<GateOutcome> mayQuote(OrderProgress progress) {
        Violations v = Violations.create();
        v.requireNonNull(progress, "progress", ORD_5);
        v.throwIfAny();
        List<Reason> gaps = new ArrayList<>();
        callGaps(progress, gaps);
        if (gaps.isEmpty()) {
            return Decision.of(GateOutcome.ALLOWED, Reason.of(ORD_5, OrdersMessages.BUNDLE, "gate.quoteAllowed", progress.order().value()));
        }
        return Decision.of(GateOutcome.REFUSED, gaps);
    }

    /**
     * Whether the goods may ship (ORD-5, ORD-7, ORD-12).
     *
     * @param progress  the order's progress, not null
     * @param packing  the packing record of the same order, not null
     * @param lines  the verdict of the line-by-line check, not null
     * @return {@link GateOutcome#ALLOWED}, or {@link GateOutcome#REFUSED} naming each gap
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is null or the packing
     *     record is of another order
     */
    public Decision<GateOutcome> mayShip(OrderProgress progress, PackingRecord packing, LineVerdict lines) {
        Violations v = Violations.create();
        if (v.requireNonNull(progress, "progress", ORD_7) & v.requireNonNull(packing, "packing", ORD_7)
                && !progress.order().equals(packing.order())) {
            v.add("packing", OrdersMessages.BUNDLE, "input.otherOrder", ORD_7);
        }
        v.requireNonNull(lines, "lines", ORD_12);
        v.throwIfAny();
        List<Reason> gaps = new ArrayList<>();
        callGaps(progress, gaps);
        if (progress.channel().isRemote()) {
            Optional<Instant> cleared = progress.paymentReceivedAt();
            if (cleared.isEmpty() && paymentRule == PaymentRule.HOST_CREDIT_TERMS) {
                cleared = progress.creditApprovedAt();
            }
            if (cleared.isEmpty()) {
                gaps.add(Reason.of(ORD_7, OrdersMessages.BUNDLE, "gate.noPayment"));
            } else if (packing.countedAt().isBefore(cleared.get())) {
                gaps.add(Reason.of(ORD_7, OrdersMessages.BUNDLE, "gate.countedBeforePayment"));
            }
            Set<EmployeeId> distinct = new HashSet<>(packing.counters());
            if (distinct.size() < counters) {
                gaps.add(Reason.of(ORD_7, OrdersMessages.BUNDLE, "gate.tooFewCounters", distinct.size(), counters));
            }
        }
        if (lines == LineVerdict.PROBLEM_GOODS) {
            gaps.add(Reason.of(ORD_12, OrdersMessages.BUNDLE, "gate.problemGoods"));
        } else if (lines == LineVerdict.DISCREPANCY) {
            gaps.add(Reason.of(ORD_12, OrdersMessages.BUNDLE, "gate.discrepancy"));
        }
        if (gaps.isEmpty()) {
            return Decision.of(GateOutcome.ALLOWED, Reason.of(ORD_7, OrdersMessages.BUNDLE, "gate.shipAllowed", progress.order().value()));
        }
        return Decision.of(GateOutcome.REFUSED, gaps);
    }

    /**
     * Whether a sale may be settled at checkout (ORD-11, ORD-15): the customer has an archive,
     * and every on-site return slip is complete and checked with the customer.
     *
     * @param archive  whether the customer has an archive, not null
     * @param returns  the on-site return slips of the sale, none null; empty if none
     * @return {@link GateOutcome#ALLOWED}, or {@link GateOutcome#REFUSED} naming each gap
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is null
     */
    public Decision<GateOutcome> maySettle(ArchiveStatus archive, List<ReturnSlip> returns) {
        Violations v = Violations.create();
        v.requireNonNull(archive, "archive", ORD_11);
        if (v.requireNonNull(returns, "returns", ORD_15)) {
            for (int i = 0; i < returns.size(); i++) {
                v.requireNonNull(returns.get(i), "returns[" + i + "]", ORD_15);
            }
        }
        v.throwIfAny();
        List<Reason> gaps = new ArrayList<>();
        if (archive == ArchiveStatus.NOT_ARCHIVED) {
            gaps.add(Reason.of(ORD_11, OrdersMessages.BUNDLE, "gate.noArchive"));
        }
        for (ReturnSlip slip : returns) {
            Decision<GateOutcome> d = ReturnSlipCheck.regulation().check(slip);
            if (d.outcome() == GateOutcome.REFUSED) {
                gaps.addAll(d.reasons());
            }
        }
        if (gaps.isEmpty()) {
            return Decision.of(GateOutcome.ALLOWED, Reason.of(ORD_11, OrdersMessages.BUNDLE, "gate.settleAllowed", returns.size()));
        }
        return Decision.of(GateOutcome.REFUSED, gaps);
    }

    private static void callGaps(OrderProgress p, List<Reason> gaps) {
        if (p.pickedAt().isEmpty()) {
            gaps.add(Reason.of(ORD_5, OrdersMessages.BUNDLE, "gate.notPicked"));
        } else if (p.customerCalledAt().isEmpty() || p.customerCalledAt().get().isBefore(p.pickedAt().get())) {
            gaps.add(Reason.of(ORD_5, OrdersMessages.BUNDLE, "gate.noCall"));
        }
    }

    /** Builds fulfilment gates. */
    public static final class Builder {

        private PaymentRule paymentRule = PaymentRule.PAYMENT_FIRST;
        private int counters = REGULATION_COUNTERS;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * Whether credit stands in for payment (ORD-7); default {@link PaymentRule#PAYMENT_FIRST}.
         *
         * @param rule  the rule, not null
         * @return this builder
         */
        public Builder paymentRule(PaymentRule rule) {
            if (rule == null) {
                problems.add("paymentRule", "required", ORD_7);
            } else {
                paymentRule = rule;
            }
            return this;
        }

        /**
         * How many different people count a remote order; default {@value FulfilmentGate#REGULATION_COUNTERS}.
         *
         * @param people  at least 2
         * @return this builder
         */
        public Builder countersForRemoteOrders(int people) {
            if (people < REGULATION_COUNTERS) {
                problems.add("countersForRemoteOrders", OrdersMessages.BUNDLE, "packing.atLeastTwo", ORD_7, REGULATION_COUNTERS);
            } else {
                counters = people;
            }
            return this;
        }

        /**
         * Builds the gates.
         *
         * @return the gates
         * @throws dev.kefu.core.validation.PolicyInputException listing every bad setting
         */
        public FulfilmentGate build() {
            problems.throwIfAny();
            return new FulfilmentGate(paymentRule, counters);
        }
    }
}
