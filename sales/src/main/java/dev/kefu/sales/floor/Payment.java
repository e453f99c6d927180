package dev.kefu.sales.floor;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A payment on a unit (每笔房款): a deposit (定金) or any later payment (EST-8). Only a payment
 * made at finance with finance's receipt counts as received.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Payment {

    private final Money amount;
    private final LocalDate paidOn;
    private final PaymentChannel channel;
    private final String financeReceipt;
    private final EmployeeId takenBy;

    private Payment(Money amount, LocalDate paidOn, PaymentChannel channel, String financeReceipt, EmployeeId takenBy) {
        this.amount = amount;
        this.paidOn = paidOn;
        this.channel = channel;
        this.financeReceipt = financeReceipt;
        this.takenBy = takenBy;
    }

    /**
     * A payment at finance with finance's receipt (EST-8).
     *
     * @param amount  the amount, above zero
     * @param paidOn  the day paid, not null
     * @param receiptNumber  finance's receipt number, not blank
     * @return the payment
     * @throws dev.kefu.core.validation.PolicyInputException on a missing or malformed value
     */
    public static Payment atFinance(Money amount, LocalDate paidOn, String receiptNumber) {
        Violations v = check(amount, paidOn);
        FloorTexts.requireText(v, receiptNumber, "receiptNumber", SalesFloorRules.EST_8);
        v.throwIfAny();
        return new Payment(amount, paidOn, PaymentChannel.FINANCE_WITH_RECEIPT, receiptNumber, null);
    }

    /**
     * A payment at finance for which no receipt of finance is recorded (EST-8: not yet received).
     *
     * @param amount  the amount, above zero
     * @param paidOn  the day paid, not null
     * @return the payment
     * @throws dev.kefu.core.validation.PolicyInputException on a missing or malformed value
     */
    public static Payment atFinanceWithoutReceipt(Money amount, LocalDate paidOn) {
        check(amount, paidOn).throwIfAny();
        return new Payment(amount, paidOn, PaymentChannel.FINANCE_WITHOUT_RECEIPT, null, null);
    }

    /**
     * Money a rep took from the customer personally (私自收款, EST-9).
     *
     * @param amount  the amount, above zero
     * @param paidOn  the day taken, not null
     * @param rep  the rep who took it, not null
     * @return the payment
     * @throws dev.kefu.core.validation.PolicyInputException on a missing or malformed value
     */
    public static Payment takenByRep(Money amount, LocalDate paidOn, EmployeeId rep) {
        Violations v = check(amount, paidOn);
        v.requireNonNull(rep, "rep", SalesFloorRules.EST_9);
        v.throwIfAny();
        return new Payment(amount, paidOn, PaymentChannel.TAKEN_BY_REP, null, rep);
    }

    private static Violations check(Money amount, LocalDate paidOn) {
        Violations v = Violations.create();
        if (v.requireNonNull(amount, "amount", SalesFloorRules.EST_8) && !amount.isPositive()) {
            v.add("amount", "positive", SalesFloorRules.CORE_MONEY_1);
        }
        v.requireNonNull(paidOn, "paidOn", SalesFloorRules.EST_8);
        return v;
    }

    /** The amount. */
    public Money amount() {
        return amount;
    }

    /** The day paid. */
    public LocalDate paidOn() {
        return paidOn;
    }

    /** How it was paid. */
    public PaymentChannel channel() {
        return channel;
    }

    /** Finance's receipt number, when there is one. */
    public Optional<String> financeReceipt() {
        return Optional.ofNullable(financeReceipt);
    }

    /** The rep who took it personally, for {@link PaymentChannel#TAKEN_BY_REP}. */
    public Optional<EmployeeId> takenBy() {
        return Optional.ofNullable(takenBy);
    }

    /** Whether the payment counts as received (EST-8: only with finance's receipt). */
    public boolean countsAsReceived() {
        return channel == PaymentChannel.FINANCE_WITH_RECEIPT;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Payment)) {
            return false;
        }
        Payment p = (Payment) o;
        return amount.equals(p.amount) && paidOn.equals(p.paidOn) && channel == p.channel
                && java.util.Objects.equals(financeReceipt, p.financeReceipt) && java.util.Objects.equals(takenBy, p.takenBy);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(amount, paidOn, channel, financeReceipt, takenBy);
    }

    @Override
    public String toString() {
        return "Payment[" + amount + " " + paidOn + " " + channel + "]";
    }
}
