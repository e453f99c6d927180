package dev.kefu.appraisal.ledger;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only reward/penalty ledger (APR-5 … APR-9), through which complaint sanctions
 * (CMP-12) and the sanction for grabbing customers (ATT-2) are recorded too.
 *
 * <ul>
 *   <li><b>First offence → warning instead (APR-9).</b> An offence is a first offence when the
 *       employee has no earlier entry of the same offence within the look-back (default:
 *       ever); it is recorded as a written warning, costing nothing. Dismissal offences are
 *       never softened.</li>
 *   <li><b>Escalation (APR-6).</b> A light first breach gets a warning; a breach with effect
 *       gets the schedule's fine; repeated breaches — at least the configured number of
 *       offences within the look-back, this one included — add a transfer; serious breaches
 *       (the schedule's dismissal offences) are dismissal. The regulation gives no number for
 *       "repeated", so it is required.</li>
 * </ul>
 *
 * <p>Implementation Requirements: thread-safe; entries are only ever appended, and a refused
 * entry leaves the ledger unchanged.
 */
public final class PenaltyLedger {

    static final RuleId APR_6 = RuleId.of("APR-6");
    static final RuleId APR_8 = RuleId.of("APR-8");
    static final RuleId APR_9 = RuleId.of("APR-9");

    private final Period lookBack;
    private final int transferAfter;
    private final List<LedgerEntry> entries = new ArrayList<>();

    private PenaltyLedger(Period lookBack, int transferAfter) {
        this.lookBack = lookBack;
        this.transferAfter = transferAfter;
    }

    /**
     * An empty ledger.
     *
     * @param transferAfterOffences  how many offences within the look-back make "repeated
     *     breaches" that add a transfer (APR-6); at least 2
     * @param lookBack  how far back earlier offences count, for APR-9 and APR-6; empty means ever
     * @return the ledger
     * @throws dev.kefu.core.validation.PolicyInputException if the settings are bad
     */
    public static PenaltyLedger create(int transferAfterOffences, Optional<Period> lookBack) {
        Violations v = Violations.create();
        if (transferAfterOffences < 2) {
            v.add("transferAfterOffences", AppraisalMessages.BUNDLE, "ledger.transferAfter", APR_6);
        }
        if (v.requireNonNull(lookBack, "lookBack", APR_9) && lookBack.isPresent() && (lookBack.get().isZero() || lookBack.get().isNegative())) {
            v.add("lookBack", "positive", APR_9);
        }
        v.throwIfAny();
        return new PenaltyLedger(lookBack.orElse(null), transferAfterOffences);
    }

    /**
     * Records an offence of the S3 schedule (APR-8), as a warning for a first offence (APR-9)
     * or escalated for repeated breaches (APR-6).
     *
     * @param employee  the offender, not null
     * @param code  the offence, not null
     * @param date  the day of the offence, not null
     * @param recordedBy  who records it (the customer-service manager), not null
     * @return the decision whose outcome is the entry recorded
     */
    public synchronized Decision<LedgerEntry> recordOffence(EmployeeId employee, OffenceCode code, LocalDate date, EmployeeId recordedBy) {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", APR_8);
        v.requireNonNull(code, "code", APR_8);
        v.requireNonNull(date, "date", APR_8);
        v.requireNonNull(recordedBy, "recordedBy", APR_9);
        v.throwIfAny();
        LocalDate from = lookBack == null ? LocalDate.MIN : date.minus(lookBack);
        int sameCode = 0;
        int offences = 0;
        for (LedgerEntry e : entries) {
            if (e.employee().equals(employee) && (e.kind() == EntryKind.PENALTY || e.kind() == EntryKind.WARNING)
                    && !e.date().isBefore(from) && !e.date().isAfter(date)) {
                offences++;
                if (e.code().equals(code.name())) {
                    sameCode++;
                }
            }
        }
        List<Reason> reasons = new ArrayList<>();
        LedgerEntry entry;
        if (sameCode == 0 && !code.isDismissalOffence()) {
            Sanction warning = Sanction.of(new SanctionMeasure.Warning(SanctionMeasure.WarningForm.WRITTEN));
            entry = append(employee, date, EntryKind.WARNING, code.name(), Money.ZERO, 0, warning, APR_9, recordedBy);
            reasons.add(Reason.of(APR_9, AppraisalMessages.BUNDLE, "ledger.firstOffence", code));
        } else {
            Sanction s = code.sanction();
            reasons.add(Reason.of(APR_8, AppraisalMessages.BUNDLE, code.isDismissalOffence() ? "ledger.dismissal" : "ledger.penalty", code, s.fine()));
            if (!code.isDismissalOffence() && offences + 1 >= transferAfter) {
                s = s.and(Sanction.of(new SanctionMeasure.Transfer()));
                reasons.add(Reason.of(APR_6, AppraisalMessages.BUNDLE, "ledger.transfer", offences + 1));
            }
            entry = append(employee, date, EntryKind.PENALTY, code.name(), s.fine().negate(), 0, s, APR_8, recordedBy);
        }
        return Decision.of(entry, reasons);
    }

    /**
     * Records a reward of the schedule (APR-7), or of APR-5 with the company's amount.
     *
     * @param employee  who is rewarded, not null
     * @param code  the reward, not null
     * @param amount  the amount, required for APR-5 rewards, ignored for scheduled ones
     * @param date  the day, not null
     * @param recordedBy  who records it, not null
     * @return the decision whose outcome is the entry recorded
     */
    public synchronized Decision<LedgerEntry> recordReward(EmployeeId employee, RewardCode code, Optional<Money> amount,
                                                           LocalDate date, EmployeeId recordedBy) {
        Violations v = Violations.create();
        RuleId rule = RuleId.of(code == null ? "APR-7" : code.rule());
        v.requireNonNull(employee, "employee", rule);
        v.requireNonNull(date, "date", rule);
        v.requireNonNull(recordedBy, "recordedBy", rule);
        Money value = null;
        if (v.requireNonNull(code, "code", rule) && v.requireNonNull(amount, "amount", rule)) {
            value = code.amount().orElse(amount.orElse(null));
            if (value == null) {
                v.add("amount", "required", rule);
            } else if (!value.isPositive()) {
                v.add("amount", "positive", rule);
            }
        }
        v.throwIfAny();
        LedgerEntry e = append(employee, date, EntryKind.REWARD, code.name(), value, 0, null, rule, recordedBy);
        return Decision.of(e, Reason.of(rule, AppraisalMessages.BUNDLE, "ledger.reward", code, value));
    }

    /**
     * Records a sanction decided by another policy — a complaint tier (CMP-12) or grabbing
     * customers (ATT-2) — with its fine and point deduction.
     *
     * @param employee  who is sanctioned, not null
     * @param sanction  the sanction, not null
     * @param source  the rule that decided it, not null
     * @param code  a stable code, such as {@code CMP-12:ARGUING_WITH_A_CUSTOMER}
     * @param date  the day, not null
     * @param recordedBy  who records it, not null
     * @return the decision whose outcome is the entry recorded
     */
    public synchronized Decision<LedgerEntry> recordSanction(EmployeeId employee, Sanction sanction, RuleId source, String code,
                                                             LocalDate date, EmployeeId recordedBy) {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", source);
        v.requireNonNull(sanction, "sanction", source);
        v.requireNonNull(source, "source", null);
        v.requireNonNull(date, "date", source);
        v.requireNonNull(recordedBy, "recordedBy", source);
        if (code == null || code.isBlank()) {
            v.add("code", "required", source);
        }
        v.throwIfAny();
        LedgerEntry e = append(employee, date, EntryKind.SANCTION, code, sanction.fine().negate(), sanction.pointsDeducted(),
                sanction, source, recordedBy);
        return Decision.of(e, Reason.of(source, AppraisalMessages.BUNDLE, "ledger.sanction", code, sanction.fine(), sanction.pointsDeducted()));
    }

    private LedgerEntry append(EmployeeId employee, LocalDate date, EntryKind kind, String code, Money amount, int points,
                               Sanction sanction, RuleId rule, EmployeeId recordedBy) {
        LedgerEntry e = new LedgerEntry(entries.size() + 1L, employee, date, kind, code, amount, points,
                Optional.ofNullable(sanction), rule, recordedBy);
        entries.add(e);
        return e;
    }

    /** Every entry, in the order recorded (a snapshot). */
    public synchronized List<LedgerEntry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /** One employee's statement for a month: the sum of that month's entries. */
    public MonthlyStatement statement(EmployeeId employee, YearMonth month) {
        return statements(month).getOrDefault(employee, MonthlyStatement.empty(employee, month));
    }

    /**
     * Every employee's statement for a month, in one pass over the ledger.
     *
     * @param month  the month, not null
     * @return the statements of employees with entries that month
     */
    public Map<EmployeeId, MonthlyStatement> statements(YearMonth month) {
        return statements(entries(), month);
    }

    /** Statements computed from any list of entries (for hosts that store the ledger themselves). */
    public static Map<EmployeeId, MonthlyStatement> statements(List<LedgerEntry> entries, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Map<EmployeeId, MonthlyStatement> out = new HashMap<>();
        for (LedgerEntry e : entries) {
            if (!e.date().isBefore(first) && !e.date().isAfter(last)) {
                out.merge(e.employee(), MonthlyStatement.empty(e.employee(), month).plus(e), (a, b) -> a.plus(e));
            }
        }
        return out;
    }
}
