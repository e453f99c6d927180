package dev.kefu.archive.grading;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;

/**
 * One purchase, the input of RFM grading (ARC-5).
 *
 * @param customerId  the customer, not null
 * @param date  the day of purchase, not null
 * @param amount  the amount, not negative, not null
 */
public record Purchase(CustomerId customerId, LocalDate date, Money amount) {

    /** @throws dev.kefu.core.validation.PolicyInputException if null or negative */
    public Purchase {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("ARC-5");
        v.requireNonNull(customerId, "customerId", rule);
        v.requireNonNull(date, "date", rule);
        if (v.requireNonNull(amount, "amount", rule) && amount.isNegative()) {
            v.add("amount", "notNegative", rule);
        } else if (amount != null && !fitsInFen(amount)) {
            v.add("amount", dev.kefu.archive.ArchiveMessages.BUNDLE, "amount.tooLarge", rule);
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

}
