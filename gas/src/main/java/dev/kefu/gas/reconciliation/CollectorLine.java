package dev.kefu.gas.reconciliation;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;

/**
 * One collector's line of the close-of-business reconciliation (MTR-15), for the handover
 * record (交接班記錄).
 *
 * @param collector  the collector
 * @param payments  the payments counted as theirs, cover collections included (MTR-21)
 * @param systemTotal  the billing system's report total (報表數)
 * @param counted  the cash actually received (實收數)
 * @param difference  counted − system total: negative when short, positive when over
 * @param balance  balanced, short or over
 * @param coverPayments  payments collected while covering another clerk's settlement (MTR-21)
 */
public record CollectorLine(EmployeeId collector, int payments, Money systemTotal, Money counted, Money difference, Balance balance,
        int coverPayments) {
}
