package dev.kefu.archive.credit;

import dev.kefu.core.money.Money;

/**
 * The credit a customer gets (ARC-7).
 *
 * @param assignedGrade  the grade the customer was given
 * @param effectiveGrade  the grade after lowering for past credit problems
 * @param terms  the terms of the effective grade
 * @param creditLimit  the limit in money for this customer
 */
public record CreditAssessment(CreditGrade assignedGrade, CreditGrade effectiveGrade, CreditTerms terms, Money creditLimit) {
}
