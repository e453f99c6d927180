package dev.kefu.appraisal.ledger;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of the reward/penalty ledger, as a host stores it (APR-5 … APR-9). A host rebuilds
 * the ledger from its stored lines with {@link PenaltyLedger.Builder#restore(java.util.List)}.
 *
 * <p>The constructor checks that the line is consistent in itself — a reward is a positive
 * amount with no sanction; a penalty, warning or outside sanction carries a sanction whose fine
 * is the (negated) amount and whose point deduction is the points — so a tampered row is a
 * {@link dev.kefu.core.validation.PolicyInputException}, never a silently wrong statement.
 *
 * @param sequence  the line's number, from 1, in the order recorded
 * @param employee  whose line
 * @param date  the day of the reward or offence
 * @param kind  reward, penalty, warning or outside sanction
 * @param code  a stable code: a {@link RewardCode}, {@link OffenceCode} or
 *     {@link UnscheduledOffence} name, or the source rule's own code
 * @param amount  money: positive for a reward, negative for a fine, zero otherwise
 * @param points  appraisal points deducted, not negative
 * @param sanction  the sanction, for penalties, warnings and outside sanctions; empty for rewards
 * @param rule  the rule that produced the line
 * @param recordedBy  who recorded it
 */
public record LedgerEntry(long sequence, EmployeeId employee, LocalDate date, EntryKind kind, String code, Money amount,
                          int points, Optional<Sanction> sanction, RuleId rule, EmployeeId recordedBy) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every inconsistency */
    public LedgerEntry {
        Violations v = Violations.create();
        RuleId r = rule == null ? PenaltyLedger.APR_8 : rule;
        if (sequence < 1) {
            v.add("sequence", "positive", r);
        }
        v.requireNonNull(employee, "employee", r);
        v.requireNonNull(date, "date", r);
        v.requireNonNull(rule, "rule", r);
        v.requireNonNull(recordedBy, "recordedBy", r);
        if (code == null || code.isBlank()) {
            v.add("code", "required", r);
        }
        if (points < 0) {
            v.add("points", AppraisalMessages.BUNDLE, "entry.points", r);
        }
        boolean ok = v.requireNonNull(kind, "kind", r) & v.requireNonNull(amount, "amount", r) & v.requireNonNull(sanction, "sanction", r);
        if (ok) {
            if (kind == EntryKind.REWARD) {
                if (!amount.isPositive()) {
                    v.add("amount", AppraisalMessages.BUNDLE, "entry.rewardAmount", r);
                }
                if (sanction.isPresent() || points != 0) {
                    v.add("sanction", AppraisalMessages.BUNDLE, "entry.rewardSanction", r);
                }
            } else if (sanction.isEmpty()) {
                v.add("sanction", "required", r);
            } else {
                Sanction s = sanction.get();
                if (!amount.equals(s.fine().negate())) {
                    v.add("amount", AppraisalMessages.BUNDLE, "entry.amount", r, s.fine());
                }
                if (points != s.pointsDeducted()) {
                    v.add("points", AppraisalMessages.BUNDLE, "entry.pointsMismatch", r, s.pointsDeducted());
                }
                if (kind == EntryKind.WARNING && s.find(SanctionMeasure.Warning.class).isEmpty()) {
                    v.add("sanction", AppraisalMessages.BUNDLE, "entry.warning", r);
                }
            }
        }
        v.throwIfAny();
    }

    /** Whether the line is a recorded offence (a penalty, a warning or an outside sanction). */
    public boolean isOffence() {
        return kind != EntryKind.REWARD;
    }
}
