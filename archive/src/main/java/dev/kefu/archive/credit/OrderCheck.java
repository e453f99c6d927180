package dev.kefu.archive.credit;

import dev.kefu.core.money.Money;

/**
 * The result of checking an order against credit (ARC-7, ARC-17).
 *
 * @param verdict  approve, needs sign-off, or refuse
 * @param assessment  the customer's credit
 * @param exposureAfter  open receivables plus this order, for a non-cash order; zero for cash
 */
public record OrderCheck(OrderVerdict verdict, CreditAssessment assessment, Money exposureAfter) {
}
