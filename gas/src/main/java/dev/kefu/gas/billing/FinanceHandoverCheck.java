package dev.kefu.gas.billing;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
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
 * Takings go to finance (MTR-13): sales takings and all receipts and invoices go to the finance
 * department on time, the accounts match the cash (帳、款相符), and company money is never
 * misappropriated or kept in a private account (挪用公款、公款私存). "On time" is unstated
 * (按時): the deadline, measured from the end of the business day (midnight in the zone), is a
 * <b>required setting</b> ({@code deadlineAfterDay}, [X]).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class FinanceHandoverCheck {

    private final DayEndDeadline deadline;
    private final ZoneId zone;

    private FinanceHandoverCheck(DayEndDeadline deadline) {
        this.deadline = deadline;
        this.zone = deadline.zone;
    }

    /** A builder; the deadline is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The deadline of a business day's hand-over. */
    public Instant deadline(java.time.LocalDate businessDay) {
        return deadline.dueFor(businessDay);
    }

    /**
     * Checks a hand-over (MTR-13).
     *
     * @param handover  the hand-over, not null
     * @return the decision: in order, or every finding
     * @throws dev.kefu.core.validation.PolicyInputException if the hand-over is null
     */
    public Decision<Set<HandoverFinding>> check(TakingsHandover handover) {
        Violations v = Violations.create();
        v.requireNonNull(handover, "handover", GasRules.MTR_13);
        v.throwIfAny();
        Set<HandoverFinding> findings = EnumSet.noneOf(HandoverFinding.class);
        List<Reason> reasons = new ArrayList<>();
        Instant due = deadline(handover.businessDay());
        if (handover.handedAt().isAfter(due)) {
            findings.add(HandoverFinding.LATE);
            reasons.add(reason("handover.late", handover.collector(), handover.businessDay(),
                    GasMessages.local(handover.handedAt(), zone), GasMessages.local(due, zone)));
        }
        if (!handover.handedOver().equals(handover.takings())) {
            findings.add(HandoverFinding.AMOUNT_MISMATCH);
            reasons.add(reason("handover.mismatch", handover.collector(), handover.handedOver(), handover.takings()));
        }
        if (handover.receiptsHandedOver() < handover.receiptsIssued()) {
            findings.add(HandoverFinding.RECEIPTS_MISSING);
            reasons.add(reason("handover.receipts", handover.collector(), handover.receiptsHandedOver(), handover.receiptsIssued()));
        }
        if (handover.account() == DepositAccount.PRIVATE) {
            findings.add(HandoverFinding.PRIVATE_ACCOUNT);
            reasons.add(reason("handover.private", handover.collector()));
        }
        if (findings.isEmpty()) {
            reasons.add(reason("handover.ok", handover.collector(), handover.businessDay(), handover.handedOver()));
        }
        return Decision.of(Set.copyOf(findings), reasons);
    }

    private static Reason reason(String key, Object... args) {
        return Reason.of(GasRules.MTR_13, GasMessages.BUNDLE, key, args);
    }

    @Override
    public String toString() {
        return "FinanceHandoverCheck[" + deadline.afterDayEnd + "]";
    }

    /** Builds the check; setters never throw, {@link #build()} reports every problem. */
    public static final class Builder {
        private final DayEndDeadline.Settings settings = new DayEndDeadline.Settings(GasRules.MTR_13);

        private Builder() {
        }

        /**
         * Sets the hand-over deadline after the end of the business day (MTR-13, [X]).
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
         *     a missing {@code deadlineAfterDay} (MTR-13)
         */
        public FinanceHandoverCheck build() {
            return new FinanceHandoverCheck(settings.build());
        }
    }
}
