package dev.kefu.sales.floor;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import java.time.LocalDate;

/**
 * The facts of a dispute on the sales floor (EST-2).
 *
 * @param rep  the rep concerned, not null
 * @param committedOn  the day of the act, not null; the bonus withheld is that month's (CORE-CAL-4)
 * @param finding  what was found, not null
 * @param monthDealBonusDue  the deal bonus due to the rep for that month (当月应得成交奖金), not negative
 */
public record DisputeCase(EmployeeId rep, LocalDate committedOn, ConductFinding finding, Money monthDealBonusDue) {
}
