package dev.kefu.sales.floor;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.List;

/**
 * Money on the sales floor.
 * <ul>
 *   <li>EST-8: money goes only through finance (财务). After writing the subscription agreement the
 *       rep takes the customer to finance to pay the deposit; every payment on a unit is paid at
 *       finance. Reading: a payment counts as received only with finance's receipt.</li>
 *   <li>EST-9: a rep who takes a deposit or any payment personally (私自收款) is expelled (开除,
 *       {@link SanctionMeasure.Expulsion}, stronger than EST-2's dismissal). No first-offence rule
 *       softens this: APR-9 is listed as not applying. The act also matches EST-8, listed as
 *       matched (one act, one sanction).</li>
 * </ul>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class FloorCash {

    private static final FloorCash REGULATION = new FloorCash();

    private FloorCash() {
    }

    /** The regulation's rules (EST-8, EST-9); they have no settings. */
    public static FloorCash regulation() {
        return REGULATION;
    }

    /**
     * Whether a payment counts as received (EST-8).
     *
     * @param payment  the payment, not null
     * @return the decision: received only with finance's receipt
     * @throws dev.kefu.core.validation.PolicyInputException if the payment is null
     */
    public Decision<PaymentStanding> credit(Payment payment) {
        Violations v = Violations.create();
        v.requireNonNull(payment, "payment", SalesFloorRules.EST_8);
        v.throwIfAny();
        switch (payment.channel()) {
            case FINANCE_WITH_RECEIPT:
                return Decision.of(PaymentStanding.RECEIVED,
                        Reason.of(SalesFloorRules.EST_8, FloorTexts.BUNDLE, "cash.received", payment.amount(), payment.paidOn().toString()));
            case FINANCE_WITHOUT_RECEIPT:
                return Decision.of(PaymentStanding.NOT_RECEIVED,
                        Reason.of(SalesFloorRules.EST_8, FloorTexts.BUNDLE, "cash.noReceipt", payment.amount(), payment.paidOn().toString()));
            default:
                return Decision.of(PaymentStanding.NOT_RECEIVED,
                        Reason.of(SalesFloorRules.EST_8, FloorTexts.BUNDLE, "cash.private", payment.amount(), payment.paidOn().toString()),
                        Reason.of(SalesFloorRules.EST_9, FloorTexts.BUNDLE, "cash.privateSanction", payment.takenBy().orElseThrow()));
        }
    }

    /**
     * The sanction for money taken personally (EST-9): expulsion, whatever the rep's record.
     *
     * @param payment  the money taken, made with {@link Payment#takenByRep}, not null
     * @param history  the rep's offence record, not null; it never softens the sanction
     * @return the decision: expulsion, with EST-8 listed as matched
     * @throws dev.kefu.core.validation.PolicyInputException if a value is null or the payment was not taken by a rep
     */
    public Decision<PrivateCollectionOutcome> sanction(Payment payment, OffenceHistory history) {
        Violations v = Violations.create();
        if (v.requireNonNull(payment, "payment", SalesFloorRules.EST_9) && payment.channel() != PaymentChannel.TAKEN_BY_REP) {
            FloorTexts.add(v, "payment", "cash.notPrivate", SalesFloorRules.EST_9);
        }
        v.requireNonNull(history, "history", SalesFloorRules.EST_9);
        v.throwIfAny();
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of(SalesFloorRules.EST_9, FloorTexts.BUNDLE, "cash.expelled", payment.takenBy().orElseThrow(),
                payment.amount(), payment.paidOn().toString()));
        if (history == OffenceHistory.FIRST_OFFENCE) {
            reasons.add(Reason.of(SalesFloorRules.EST_9, FloorTexts.BUNDLE, "cash.noSoftening"));
        }
        reasons.add(Reason.of(SalesFloorRules.EST_9, FloorTexts.BUNDLE, "cash.matchedEst8"));
        return Decision.of(new PrivateCollectionOutcome(payment.takenBy().orElseThrow(),
                Sanction.of(new SanctionMeasure.Expulsion(false)), List.of(SalesFloorRules.EST_8)), reasons);
    }
}
