package dev.kefu.orders.payment;

import static dev.kefu.orders.OrderRules.ORD_6;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrdersMessages;

/**
 * The amount due on a remote order (ORD-6, S1 part 12 §8.8): this order's goods, less the
 * customer's credit left from last time or plus their arrears, plus freight where the chosen
 * shipping method charges it; exact to the fen. The customer is told the amount and the bank
 * account to pay into ({@link #checkNotice}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class AmountDuePolicy {

    private static final AmountDuePolicy REGULATION = new AmountDuePolicy();

    private AmountDuePolicy() {
    }

    /** The regulation's calculation. */
    public static AmountDuePolicy regulation() {
        return REGULATION;
    }

    /**
     * Computes the amount due (ORD-6).
     *
     * @param goods  this order's goods, not negative
     * @param balance  last time's credit or arrears, not null
     * @param freight  the freight, not null
     * @return the amount due and its parts
     * @throws dev.kefu.core.validation.PolicyInputException on a missing or negative amount
     */
    public Decision<AmountDue> compute(Money goods, PriorBalance balance, Freight freight) {
        Violations v = Violations.create();
        if (v.requireNonNull(goods, "goods", ORD_6) && goods.isNegative()) {
            v.add("goods", "notNegative", ORD_6);
        }
        v.requireNonNull(balance, "balance", ORD_6);
        v.requireNonNull(freight, "freight", ORD_6);
        v.throwIfAny();
        Money before = goods.plus(balance.arrears()).plus(freight.amount());
        Money applied = balance.credit().compareTo(before) > 0 ? before : balance.credit();
        Money total = before.minus(applied);
        Money carried = balance.credit().minus(applied);
        AmountDue due = new AmountDue(goods, applied, balance.arrears(), freight.amount(), total, carried);
        Reason why;
        if (!balance.credit().isZero()) {
            why = Reason.of(ORD_6, OrdersMessages.BUNDLE, "amount.credit", goods, applied, freight.amount(), total, carried);
        } else if (!balance.arrears().isZero()) {
            why = Reason.of(ORD_6, OrdersMessages.BUNDLE, "amount.arrears", goods, balance.arrears(), freight.amount(), total);
        } else {
            why = Reason.of(ORD_6, OrdersMessages.BUNDLE, "amount.plain", goods, freight.amount(), total);
        }
        return Decision.of(due, why);
    }

    /**
     * Checks what the customer was told against the amount due (ORD-6).
     *
     * @param due  the amount due, not null
     * @param notice  what the customer was told, not null
     * @return {@link NoticeCheck#CORRECT} or {@link NoticeCheck#WRONG_AMOUNT}
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is null
     */
    public Decision<NoticeCheck> checkNotice(AmountDue due, PaymentNotice notice) {
        Violations v = Violations.create();
        v.requireNonNull(due, "due", ORD_6);
        v.requireNonNull(notice, "notice", ORD_6);
        v.throwIfAny();
        boolean right = notice.amountTold().equals(due.total());
        return Decision.of(right ? NoticeCheck.CORRECT : NoticeCheck.WRONG_AMOUNT,
                Reason.of(ORD_6, OrdersMessages.BUNDLE, right ? "amount.noticeRight" : "amount.noticeWrong",
                        notice.amountTold(), due.total()));
    }
}
