package dev.kefu.archive.credit;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;

/**
 * The trading conditions of a credit grade (ARC-7): credit limit, payment days and how credit
 * business is handled.
 *
 * @param limit  the credit limit, not null
 * @param paymentDays  days allowed for payment (账期), 0 or more
 * @param handling  how credit is handled, not null
 */
public record CreditTerms(CreditLimit limit, int paymentDays, CreditHandling handling) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every problem */
    public CreditTerms {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("ARC-7");
        v.requireNonNull(limit, "limit", rule);
        v.requireNonNull(handling, "handling", rule);
        if (paymentDays < 0) {
            v.add("paymentDays", "notNegative", rule);
        }
        v.throwIfAny();
    }
}
