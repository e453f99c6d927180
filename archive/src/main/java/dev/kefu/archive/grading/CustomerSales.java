package dev.kefu.archive.grading;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;

/**
 * A customer and the measure it is graded on, such as its sales over the last 12 months
 * (ARC-5).
 *
 * @param customerId  the customer, not null
 * @param sales  the measure, not negative, not null
 */
public record CustomerSales(CustomerId customerId, Money sales) {

    /** @throws dev.kefu.core.validation.PolicyInputException if null or negative */
    public CustomerSales {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("ARC-5");
        v.requireNonNull(customerId, "customerId", rule);
        if (v.requireNonNull(sales, "sales", rule) && sales.isNegative()) {
            v.add("sales", "notNegative", rule);
        } else if (sales != null && !fitsInFen(sales)) {
            v.add("sales", dev.kefu.archive.ArchiveMessages.BUNDLE, "amount.tooLarge", rule);
        }
        v.throwIfAny();
    }

    private static boolean fitsInFen(dev.kefu.core.money.Money m) {
        try {
            m.toFen();
            return true;
        } catch (ArithmeticException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Obtains a customer's sales. */
    public static CustomerSales of(CustomerId customerId, Money sales) {
        return new CustomerSales(customerId, sales);
    }
}
