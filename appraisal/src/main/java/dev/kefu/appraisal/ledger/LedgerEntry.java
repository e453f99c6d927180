package dev.kefu.appraisal.ledger;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of the reward/penalty ledger.
 *
 * @param sequence  the line's number, from 1, in the order recorded
 * @param employee  whose line
 * @param date  the day of the reward or offence
 * @param kind  reward, penalty, warning or outside sanction
 * @param code  a stable code: a {@link RewardCode} or {@link OffenceCode} name, or the source rule and offence
 * @param amount  money: positive for a reward, negative for a fine, zero otherwise
 * @param points  appraisal points deducted
 * @param sanction  the sanction, for penalties, warnings and outside sanctions
 * @param rule  the rule that produced the line
 * @param recordedBy  who recorded it
 */
public record LedgerEntry(long sequence, EmployeeId employee, LocalDate date, EntryKind kind, String code, Money amount,
                          int points, Optional<Sanction> sanction, RuleId rule, EmployeeId recordedBy) {
}
