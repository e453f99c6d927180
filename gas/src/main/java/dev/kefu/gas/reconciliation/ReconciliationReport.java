package dev.kefu.gas.reconciliation;

import dev.kefu.core.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The close-of-business reconciliation of one business day (MTR-15): a line per collector and
 * the day's totals. The total difference is the sum of the lines' differences, and equals the
 * counted total less the system total.
 *
 * @param businessDay  the day
 * @param lines  one per collector, in the order collectors first appear
 * @param systemTotal  the report total of the day
 * @param countedTotal  the cash counted on the day
 * @param difference  countedTotal − systemTotal
 */
public record ReconciliationReport(LocalDate businessDay, List<CollectorLine> lines, Money systemTotal, Money countedTotal, Money difference) {

    /** Copies the lines. */
    public ReconciliationReport {
        lines = List.copyOf(lines);
    }

    /** Whether every collector balanced. */
    public boolean balanced() {
        return lines.stream().allMatch(l -> l.balance() == Balance.BALANCED);
    }
}
