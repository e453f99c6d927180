package dev.kefu.orders.payment;

import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderRules;

/**
 * The freight the customer's chosen shipping method charges, or none (ORD-6).
 *
 * @param amount  the freight, not negative; zero when the method charges none
 */
public record Freight(Money amount) {

    /** @throws dev.kefu.core.validation.PolicyInputException if null or negative */
    public Freight {
        Violations v = Violations.create();
        if (v.requireNonNull(amount, "freight", OrderRules.ORD_6) && amount.isNegative()) {
            v.add("freight", "notNegative", OrderRules.ORD_6);
        }
        v.throwIfAny();
    }

    /** The method charges no freight. */
    public static Freight none() {
        return new Freight(Money.ZERO);
    }

    /**
     * The method charges freight.
     *
     * @param amount  the freight, not negative
     * @return the freight
     */
    public static Freight charged(Money amount) {
        return new Freight(amount);
    }
}
