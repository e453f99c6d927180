package dev.kefu.appraisal.ledger;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import java.time.YearMonth;

/**
 * One employee's month in the ledger (APR-8, APR-9): it equals the sum of the month's entries.
 *
 * @param employee  the employee
 * @param month  the month
 * @param rewards  total rewards
 * @param fines  total fines, as a positive amount
 * @param net  rewards minus fines
 * @param warnings  warnings given
 * @param pointsDeducted  appraisal points deducted
 * @param entries  the number of entries
 */
public record MonthlyStatement(EmployeeId employee, YearMonth month, Money rewards, Money fines, Money net,
                               int warnings, int pointsDeducted, int entries) {

    static MonthlyStatement empty(EmployeeId employee, YearMonth month) {
        return new MonthlyStatement(employee, month, Money.ZERO, Money.ZERO, Money.ZERO, 0, 0, 0);
    }

    MonthlyStatement plus(LedgerEntry e) {
        Money r = e.kind() == EntryKind.REWARD ? rewards.plus(e.amount()) : rewards;
        Money f = e.kind() != EntryKind.REWARD ? fines.minus(e.amount()) : fines;
        return new MonthlyStatement(employee, month, r, f, r.minus(f), warnings + (e.kind() == EntryKind.WARNING ? 1 : 0),
                Math.addExact(pointsDeducted, e.points()), entries + 1);
    }
}
