package dev.kefu.archive.credit;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;

/**
 * What the credit policy needs to know of a customer (ARC-7): its assigned credit grade, its
 * past credit problems and its sales over the last 12 months.
 *
 * @param customerId  the customer, not null
 * @param grade  the assigned credit grade, not null
 * @param pastCreditProblems  the number of past credit problems (以往出现的信用问题), 0 or more
 * @param sales12Months  sales over the last 12 months, not negative, not null
 */
public record CreditProfile(CustomerId customerId, CreditGrade grade, int pastCreditProblems, Money sales12Months) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every problem */
    public CreditProfile {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("ARC-7");
        v.requireNonNull(customerId, "customerId", rule);
        v.requireNonNull(grade, "grade", rule);
        if (pastCreditProblems < 0) {
            v.add("pastCreditProblems", "notNegative", rule);
        }
        if (v.requireNonNull(sales12Months, "sales12Months", rule) && sales12Months.isNegative()) {
            v.add("sales12Months", "notNegative", rule);
        }
        v.throwIfAny();
    }
}
