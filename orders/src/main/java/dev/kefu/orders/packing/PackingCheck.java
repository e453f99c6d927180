package dev.kefu.orders.packing;

import static dev.kefu.orders.OrderRules.ORD_13;
import static dev.kefu.orders.OrderRules.ORD_14;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrdersMessages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Signatures and copies at packing (ORD-13, ORD-14).
 *
 * <p>Customer present (ORD-13, S1 part 12 §4.6, §5.1): the person counting signs the bill at
 * 點貨人 and checks the customer's name; the customer and the order follower sign; copy 3 goes
 * to the customer and copies 1–2 to the custodian; the box is sealed and the customer writes
 * their name, address and phone on it.
 *
 * <p>Customer absent (ORD-14, S1 part 12 §5.2): <b>two</b> different people count and <b>both</b>
 * sign; copy 3 goes in a clear bag inside the lid; the box is sealed and the customer's name is
 * written across the seal. A record with one signer is refused.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class PackingCheck {

    /** The regulation's number of people who count when the customer is absent (ORD-14). */
    public static final int REGULATION_COUNTERS = 2;

    private static final Set<PackingStep> PRESENT = EnumSet.of(PackingStep.COUNTER_SIGNED_BILL, PackingStep.CUSTOMER_NAME_CHECKED,
            PackingStep.CUSTOMER_SIGNED, PackingStep.FOLLOWER_SIGNED, PackingStep.COPY_3_TO_CUSTOMER,
            PackingStep.COPIES_1_2_TO_CUSTODIAN, PackingStep.BOX_SEALED, PackingStep.CUSTOMER_DETAILS_ON_BOX);
    private static final Set<PackingStep> ABSENT = EnumSet.of(PackingStep.COPY_3_IN_LID, PackingStep.BOX_SEALED,
            PackingStep.CUSTOMER_NAME_ON_SEAL);
    private static final PackingCheck REGULATION = new PackingCheck(REGULATION_COUNTERS);

    private final int countersWhenAbsent;

    private PackingCheck(int countersWhenAbsent) {
        this.countersWhenAbsent = countersWhenAbsent;
    }

    /** The regulation's check: two counters, both signing, when the customer is absent. */
    public static PackingCheck regulation() {
        return REGULATION;
    }

    /** A builder starting from the regulation's settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a packing record (ORD-13 when the customer was present, ORD-14 when absent).
     *
     * @param record  the record, not null
     * @return {@link PackingVerdict#ACCEPTED}, or {@link PackingVerdict#REFUSED} naming each gap
     * @throws dev.kefu.core.validation.PolicyInputException if the record is null
     */
    public Decision<PackingVerdict> check(PackingRecord record) {
        Violations v = Violations.create();
        v.requireNonNull(record, "record", ORD_14);
        v.throwIfAny();
        List<Reason> gaps = new ArrayList<>();
        boolean absent = record.presence() == CustomerPresence.ABSENT;
        if (absent) {
            Set<EmployeeId> distinct = new HashSet<>(record.counters());
            Set<EmployeeId> signers = new HashSet<>(record.signedBy());
            signers.retainAll(distinct);
            if (distinct.size() < countersWhenAbsent) {
                gaps.add(Reason.of(ORD_14, OrdersMessages.BUNDLE, "packing.tooFewCounters", distinct.size(), countersWhenAbsent));
            }
            if (signers.size() < Math.max(countersWhenAbsent, distinct.size())) {
                gaps.add(Reason.of(ORD_14, OrdersMessages.BUNDLE, "packing.tooFewSigners", signers.size(),
                        Math.max(countersWhenAbsent, distinct.size())));
            }
        } else if (record.counters().isEmpty()) {
            gaps.add(Reason.of(ORD_13, OrdersMessages.BUNDLE, "packing.noCounter"));
        }
        for (PackingStep s : absent ? ABSENT : PRESENT) {
            if (!record.steps().contains(s)) {
                gaps.add(Reason.of(absent ? ORD_14 : ORD_13, OrdersMessages.BUNDLE, "packing.missing." + s.name()));
            }
        }
        if (gaps.isEmpty()) {
            return Decision.of(PackingVerdict.ACCEPTED, Reason.of(absent ? ORD_14 : ORD_13, OrdersMessages.BUNDLE,
                    absent ? "packing.acceptedAbsent" : "packing.acceptedPresent", record.order().value()));
        }
        gaps.add(0, Reason.of(absent ? ORD_14 : ORD_13, OrdersMessages.BUNDLE, "packing.refused", record.order().value()));
        return Decision.of(PackingVerdict.REFUSED, gaps);
    }

    /** Builds a packing check. */
    public static final class Builder {

        private int counters = REGULATION_COUNTERS;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * How many different people count, and sign, when the customer is absent; default
         * {@value PackingCheck#REGULATION_COUNTERS} (ORD-14). At least two: one signer is always refused.
         *
         * @param people  the number of people, at least 2
         * @return this builder
         */
        public Builder countersWhenCustomerAbsent(int people) {
            if (people < REGULATION_COUNTERS) {
                problems.add("countersWhenCustomerAbsent", OrdersMessages.BUNDLE, "packing.atLeastTwo", ORD_14, REGULATION_COUNTERS);
            } else {
                counters = people;
            }
            return this;
        }

        /**
         * Builds the check.
         *
         * @return the check
         * @throws dev.kefu.core.validation.PolicyInputException listing every bad setting
         */
        public PackingCheck build() {
            problems.throwIfAny();
            return new PackingCheck(counters);
        }
    }
}
