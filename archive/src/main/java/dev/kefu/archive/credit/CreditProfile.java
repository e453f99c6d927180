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

    /**
     * Reads a credit profile from a customer's archive (ARC-7 from the facts of ARC-2; ARC-9:
     * the archive is there to be used): the credit grade from the transaction status, past
     * credit problems (none recorded counts as none) and current sales from the business status.
     *
     * @param archive  the archive, not null
     * @return the profile
     * @throws dev.kefu.core.validation.PolicyInputException naming each fact the archive lacks
     */
    public static CreditProfile fromArchive(dev.kefu.archive.CustomerArchive archive) {
        Violations v = Violations.create();
        if (!v.requireNonNull(archive, "archive", RuleId.of("ARC-9"))) {
            v.throwIfAny();
        }
        var grade = archive.transactionStatus().creditGrade();
        var sales = archive.businessStatus().currentSales();
        v.requireNonNull(grade.orElse(null), "transactionStatus.creditGrade", RuleId.of("ARC-9"));
        v.requireNonNull(sales.orElse(null), "businessStatus.currentSales", RuleId.of("ARC-9"));
        v.throwIfAny();
        int problems = archive.transactionStatus().pastCreditProblems().map(dev.kefu.archive.Fact::value).orElse(0);
        return new CreditProfile(archive.customerId(), CreditGrade.of(grade.get().value()), problems, sales.get().value());
    }

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
