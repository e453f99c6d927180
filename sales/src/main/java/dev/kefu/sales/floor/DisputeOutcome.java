package dev.kefu.sales.floor;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.money.Money;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of EST-2.
 *
 * @param verdict  the answer
 * @param sanction  the sanction, present only when {@link DisputeVerdict#SANCTIONED}
 * @param bonusMonth  the month whose deal bonus is concerned: the month of the act
 * @param withheld  the part of the month's deal bonus withheld (zero unless sanctioned)
 * @param paid  the rest of the month's deal bonus; {@code withheld + paid} is exactly the bonus due
 * @param matched  other rules the act also matches, listed but not applied (one act, one sanction)
 */
public record DisputeOutcome(DisputeVerdict verdict, Optional<Sanction> sanction, YearMonth bonusMonth, Money withheld,
        Money paid, List<RuleId> matched) {

    /** Copies the list. */
    public DisputeOutcome {
        matched = List.copyOf(matched);
    }
}
