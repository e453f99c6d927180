package dev.kefu.orders.payment;

import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderRules;

/**
 * The customer's balance from last time (ORD-6): a credit left over (上次余款), arrears (欠款), or
 * nothing. Reading: 余款 is the customer's credit, because the seed sets it against 欠款.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class PriorBalance {

    private static final PriorBalance NONE = new PriorBalance(Money.ZERO, Money.ZERO);

    private final Money credit;
    private final Money arrears;

    private PriorBalance(Money credit, Money arrears) {
        this.credit = credit;
        this.arrears = arrears;
    }

    /** No balance. */
    public static PriorBalance none() {
        return NONE;
    }

    /**
     * A credit left over from last time.
     *
     * @param amount  the credit, not negative
     * @return the balance
     * @throws dev.kefu.core.validation.PolicyInputException if null or negative
     */
    public static PriorBalance credit(Money amount) {
        return new PriorBalance(check(amount, "credit"), Money.ZERO);
    }

    /**
     * Arrears from last time.
     *
     * @param amount  the arrears, not negative
     * @return the balance
     * @throws dev.kefu.core.validation.PolicyInputException if null or negative
     */
    public static PriorBalance arrears(Money amount) {
        return new PriorBalance(Money.ZERO, check(amount, "arrears"));
    }

    private static Money check(Money m, String path) {
        Violations v = Violations.create();
        if (v.requireNonNull(m, path, OrderRules.ORD_6) && m.isNegative()) {
            v.add(path, "notNegative", OrderRules.ORD_6);
        }
        v.throwIfAny();
        return m;
    }

    /** The credit; zero if none. */
    public Money credit() {
        return credit;
    }

    /** The arrears; zero if none. */
    public Money arrears() {
        return arrears;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriorBalance b && b.credit.equals(credit) && b.arrears.equals(arrears);
    }

    @Override
    public int hashCode() {
        return credit.hashCode() * 31 + arrears.hashCode();
    }

    @Override
    public String toString() {
        return "PriorBalance[credit " + credit + ", arrears " + arrears + "]";
    }
}
