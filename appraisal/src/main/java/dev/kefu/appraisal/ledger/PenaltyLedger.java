package dev.kefu.appraisal.ledger;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.appraisal.Labels;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The append-only reward/penalty ledger (APR-5 … APR-9, APR-14), through which complaint
 * sanctions (CMP-12), the sanction for grabbing customers (ATT-2) and other rules' own sanctions
 * are recorded too. Settings come from {@link #builder()}; a host that stores the entries
 * rebuilds the ledger with {@link Builder#restore(List)} and gets the same decisions as if it had
 * never stopped.
 *
 * <ul>
 *   <li><b>First offender (APR-9, "Definitions and precedence").</b> An employee is a first
 *       offender only when no offence under any rule — warnings included — is recorded against
 *       them within the look-back (none by default, so every earlier offence counts). On the S3
 *       schedule (APR-8) a first offender's fine becomes a warning, even when the breach caused a
 *       loss; every non-money part of the item still applies; the items that end the employment
 *       (expulsion, 开除) are never softened. The warning's form, oral or written, is chosen per
 *       case. Only the customer-service manager may record offences.</li>
 *   <li><b>APR-6's ladder</b> applies only to offences with no sanction of their own (APR-14's
 *       discipline offences): a first, light breach gets a warning; otherwise a fine — the
 *       manager's amount for the decision, else the configured one (no default).</li>
 *   <li><b>Transfer (APR-6).</b> Once the employee's recorded offences under every rule, this one
 *       included and within the look-back, reach the configured count (required, no default), a
 *       transfer is added to a schedule penalty or a ladder fine.</li>
 *   <li><b>One act, one sanction.</b> Other rules the act matched are listed in the decision as
 *       matched, not applied.</li>
 *   <li><b>Phones.</b> Answered on the 3rd ring or earlier is no offence; from the 4th ring APR-8's
 *       20-yuan item; from the 6th the agent also opens with an apology.</li>
 * </ul>
 *
 * <p>"Earlier" means recorded earlier: an offence recorded before this one counts whatever its
 * date, as long as it lies within the look-back from this offence's day (a back-dated report is
 * not a fresh first offence).
 *
 * <p>Implementation Requirements: thread-safe; entries are only ever appended, and a refused
 * report leaves the ledger unchanged.
 */
public final class PenaltyLedger {

    static final RuleId APR_5 = AppraisalRules.APR_5;
    static final RuleId APR_6 = AppraisalRules.APR_6;
    static final RuleId APR_7 = AppraisalRules.APR_7;
    static final RuleId APR_8 = AppraisalRules.APR_8;
    static final RuleId APR_9 = AppraisalRules.APR_9;

    private final Period lookBack;
    private final int transferAfter;
    private final Money ladderFine;
    private final List<LedgerEntry> entries = new ArrayList<>();

    private PenaltyLedger(Builder b) {
        this.lookBack = b.lookBack;
        this.transferAfter = b.transferAfter;
        this.ladderFine = b.ladderFine;
    }

    /** A builder: the transfer count is required (APR-6). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An empty ledger.
     *
     * @param transferAfterOffences  the transfer count (APR-6)
     * @param lookBack  the look-back, empty for none
     * @return the ledger
     * @deprecated use {@link #builder()}: {@code builder().transferAfterOffences(3).build()}
     */
    @Deprecated
    public static PenaltyLedger create(int transferAfterOffences, Optional<Period> lookBack) {
        Builder b = builder().transferAfterOffences(transferAfterOffences);
        if (lookBack != null && lookBack.isPresent()) {
            b.lookBack(lookBack.get());
        } else if (lookBack == null) {
            b.problems.add("lookBack", "required", APR_9);
        }
        return b.build();
    }

    /**
     * Records an offence (APR-6, APR-8, APR-9, APR-14).
     *
     * @param report  the offence, not null
     * @return the decision: recorded (with the entry), refused because the recorder is not the
     *     customer-service manager, or no offence (a phone answered before the 4th ring)
     * @throws dev.kefu.core.validation.PolicyInputException if the report is null, or the outcome
     *     needs a value the report and the settings lack (the warning's form; APR-6's fine)
     */
    public synchronized Decision<Recording> record(OffenceReport report) {
        Violations v = Violations.create();
        v.requireNonNull(report, "report", APR_8);
        v.throwIfAny();
        Outcome o = decide(entries, report);
        if (o.entry != null) {
            entries.add(o.entry);
        }
        return o.decision;
    }

    /**
     * Records an offence of the S3 schedule (APR-8) with a written warning for a first offender.
     *
     * @param employee  the offender
     * @param code  the offence
     * @param date  the day
     * @param recordedBy  the customer-service manager
     * @return the entry recorded
     * @deprecated use {@link #record(OffenceReport)}, which checks the recorder's role and takes
     *     the warning's form per case
     */
    @Deprecated
    public Decision<LedgerEntry> recordOffence(EmployeeId employee, OffenceCode code, LocalDate date, EmployeeId recordedBy) {
        Decision<Recording> d = record(OffenceReport.builder().employee(employee).offence(code).date(date)
                .recordedBy(recordedBy == null ? null : Recorder.customerServiceManager(recordedBy))
                .warningForm(SanctionMeasure.WarningForm.WRITTEN).build());
        return d.withOutcome(d.outcome().entry().orElseThrow());
    }

    /** Whether an employee would be a first offender for an offence on a day (APR-9). */
    public synchronized boolean isFirstOffender(EmployeeId employee, LocalDate date) {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", APR_9);
        v.requireNonNull(date, "date", APR_9);
        v.throwIfAny();
        return priorOffences(entries, employee, date) == 0;
    }

    private Outcome decide(List<LedgerEntry> prior, OffenceReport r) {
        List<Reason> reasons = new ArrayList<>();
        if (r.recordedBy().role() != RecorderRole.CUSTOMER_SERVICE_MANAGER) {
            reasons.add(reason(APR_9, "ledger.notManager", Labels.zh(r.recordedBy().role()), Labels.en(r.recordedBy().role())));
            return new Outcome(null, Decision.of(new Recording(RecordingStatus.REFUSED_RECORDER_NOT_MANAGER, Optional.empty(), List.of()), reasons));
        }
        if (r.answeredOnRing() > 0) {
            RingOutcome ring = RingOutcome.ofRing(r.answeredOnRing());
            if (!ring.isOffence()) {
                reasons.add(reason(AppraisalRules.CMP_11, "ledger.ringNoOffence", r.answeredOnRing(), Labels.zh(ring), Labels.en(ring)));
                return new Outcome(null, Decision.of(new Recording(RecordingStatus.NO_OFFENCE, Optional.empty(), List.of()), reasons));
            }
        }
        int earlier = priorOffences(prior, r.employee(), r.date());
        long count = earlier + 1L;
        long sequence = prior.size() + 1L;
        Sanction s;
        EntryKind kind;
        RuleId rule;
        String code;
        if (r.scheduled().isPresent()) {
            OffenceCode c = r.scheduled().get();
            code = c.name();
            if (r.answeredOnRing() > 0) {
                reasons.add(reason(APR_8, "ledger.ring", r.answeredOnRing()));
            }
            if (c.endsEmployment()) {
                s = c.sanction();
                kind = EntryKind.PENALTY;
                rule = APR_8;
                reasons.add(reason(APR_8, "ledger.expulsion", Labels.zh(c), Labels.en(c), s.describe(Locale.SIMPLIFIED_CHINESE), s.describe(Locale.ENGLISH)));
            } else if (earlier == 0) {
                s = withNonMoney(warning(r, APR_9), c);
                kind = EntryKind.WARNING;
                rule = APR_9;
                reasons.add(reason(APR_9, "ledger.firstOffender", Labels.zh(c), Labels.en(c), Money.yuan(c.yuan()),
                        s.describe(Locale.SIMPLIFIED_CHINESE), s.describe(Locale.ENGLISH)));
            } else {
                s = c.sanction();
                kind = EntryKind.PENALTY;
                rule = APR_8;
                reasons.add(reason(APR_8, "ledger.penalty", Labels.zh(c), Labels.en(c), s.fine(), earlier));
                s = withTransfer(s, count, reasons);
            }
            if (r.answeredOnRing() >= RingOutcome.FIRST_APOLOGY_RING) {
                reasons.add(reason(AppraisalRules.CMP_11, "ledger.apology", r.answeredOnRing()));
            }
        } else {
            UnscheduledOffence u = r.unscheduled().orElseThrow();
            code = u.name();
            rule = APR_6;
            Severity sev = r.severity().orElseThrow();
            if (sev == Severity.LIGHT && earlier == 0) {
                s = warning(r, APR_6);
                kind = EntryKind.WARNING;
                reasons.add(reason(APR_6, "ledger.ladderWarning", Labels.zh(u), Labels.en(u), s.describe(Locale.SIMPLIFIED_CHINESE),
                        s.describe(Locale.ENGLISH)));
            } else {
                Money fine = r.fine().orElse(ladderFine);
                if (fine == null) {
                    Violations.create().add("fine", AppraisalMessages.BUNDLE, "ledger.ladderFineRequired", APR_6).throwIfAny();
                }
                s = Sanction.of(new SanctionMeasure.Fine(fine));
                kind = EntryKind.PENALTY;
                reasons.add(reason(APR_6, sev == Severity.LIGHT ? "ledger.ladderRepeat" : "ledger.ladderFine",
                        Labels.zh(u), Labels.en(u), fine, earlier));
                s = withTransfer(s, count, reasons);
            }
        }
        for (RuleId m : r.alsoMatched()) {
            reasons.add(reason(rule, "ledger.matchedNotApplied", m, rule));
        }
        LedgerEntry e = new LedgerEntry(sequence, r.employee(), r.date(), kind, code, s.fine().negate(), s.pointsDeducted(),
                Optional.of(s), rule, r.recordedBy().employee());
        return new Outcome(e, Decision.of(new Recording(RecordingStatus.RECORDED, Optional.of(e), r.alsoMatched()), reasons));
    }

    private Sanction withTransfer(Sanction s, long count, List<Reason> reasons) {
        if (count >= transferAfter) {
            reasons.add(reason(APR_6, "ledger.transfer", count, transferAfter));
            return s.and(Sanction.of(new SanctionMeasure.Transfer()));
        }
        return s;
    }

    private static Sanction warning(OffenceReport r, RuleId rule) {
        if (r.warningForm().isEmpty()) {
            Violations.create().add("warningForm", AppraisalMessages.BUNDLE, "ledger.warningFormRequired", rule).throwIfAny();
        }
        return Sanction.of(new SanctionMeasure.Warning(r.warningForm().get()));
    }

    /** A warning with the parts of a schedule item that are not money (a company-wide notice). */
    private static Sanction withNonMoney(Sanction warning, OffenceCode c) {
        List<SanctionMeasure> keep = new ArrayList<>(warning.measures());
        for (SanctionMeasure m : c.sanction().measures()) {
            if (!(m instanceof SanctionMeasure.Fine)) {
                keep.add(m);
            }
        }
        return Sanction.of(keep);
    }

    private int priorOffences(List<LedgerEntry> prior, EmployeeId employee, LocalDate date) {
        LocalDate from = from(date);
        int n = 0;
        for (LedgerEntry e : prior) {
            if (e.isOffence() && e.employee().equals(employee) && !e.date().isBefore(from)) {
                n++;
            }
        }
        return n;
    }

    private LocalDate from(LocalDate date) {
        if (lookBack == null) {
            return LocalDate.MIN;
        }
        try {
            return date.minus(lookBack);
        } catch (DateTimeException | ArithmeticException e) {
            return LocalDate.MIN;
        }
    }

    /**
     * Records a reward of the schedule (APR-7), at the schedule's amount.
     *
     * @param employee  who is rewarded, not null
     * @param code  a scheduled reward, not null
     * @param date  the day, not null
     * @param recordedBy  who records it, not null
     * @return the decision whose outcome is the entry recorded
     * @throws dev.kefu.core.validation.PolicyInputException if a value is missing or the reward
     *     has no schedule amount (APR-5: use {@link #recordReward(EmployeeId, RewardCode, Money, LocalDate, EmployeeId)})
     */
    public Decision<LedgerEntry> recordReward(EmployeeId employee, RewardCode code, LocalDate date, EmployeeId recordedBy) {
        return reward(employee, code, null, date, recordedBy, false);
    }

    /**
     * Records an APR-5 reward with the company's amount.
     *
     * @param employee  who is rewarded, not null
     * @param code  an APR-5 reward, not null
     * @param amount  the amount, above zero
     * @param date  the day, not null
     * @param recordedBy  who records it, not null
     * @return the decision whose outcome is the entry recorded
     * @throws dev.kefu.core.validation.PolicyInputException if a value is missing or bad, or the
     *     reward has a schedule amount of its own
     */
    public Decision<LedgerEntry> recordReward(EmployeeId employee, RewardCode code, Money amount, LocalDate date, EmployeeId recordedBy) {
        return reward(employee, code, amount, date, recordedBy, true);
    }

    /**
     * Records a reward.
     *
     * @deprecated use {@link #recordReward(EmployeeId, RewardCode, LocalDate, EmployeeId)} or
     *     {@link #recordReward(EmployeeId, RewardCode, Money, LocalDate, EmployeeId)}
     */
    @Deprecated
    public Decision<LedgerEntry> recordReward(EmployeeId employee, RewardCode code, Optional<Money> amount, LocalDate date, EmployeeId recordedBy) {
        return amount == null || amount.isEmpty() ? recordReward(employee, code, date, recordedBy)
                : recordReward(employee, code, amount.get(), date, recordedBy);
    }

    private synchronized Decision<LedgerEntry> reward(EmployeeId employee, RewardCode code, Money amount, LocalDate date,
                                                      EmployeeId recordedBy, boolean amountGiven) {
        Violations v = Violations.create();
        RuleId rule = code == null ? APR_7 : code.ruleId();
        v.requireNonNull(employee, "employee", rule);
        v.requireNonNull(date, "date", rule);
        v.requireNonNull(recordedBy, "recordedBy", rule);
        Money value = null;
        if (v.requireNonNull(code, "code", rule)) {
            if (code.amount().isPresent()) {
                if (amountGiven) {
                    v.add("amount", AppraisalMessages.BUNDLE, "ledger.rewardScheduled", rule, code.amount().get());
                }
                value = code.amount().get();
            } else if (!amountGiven) {
                v.add("amount", "required", rule);
            } else if (v.requireNonNull(amount, "amount", rule)) {
                if (amount.isPositive()) {
                    value = amount;
                } else {
                    v.add("amount", "positive", rule);
                }
            }
        }
        v.throwIfAny();
        LedgerEntry e = new LedgerEntry(entries.size() + 1L, employee, date, EntryKind.REWARD, code.name(), value, 0,
                Optional.empty(), rule, recordedBy);
        entries.add(e);
        return Decision.of(e, reason(rule, "ledger.reward", Labels.zh(code), Labels.en(code), value));
    }

    /**
     * Records a sanction decided by another rule with a sanction of its own — a complaint tier
     * (CMP-12), grabbing customers (ATT-2), a missing handover record (APR-10) — with its fine
     * and point deduction. It counts as a recorded offence for APR-9 and APR-6's transfer count.
     *
     * @param employee  who is sanctioned, not null
     * @param sanction  the sanction, not null
     * @param source  the rule that decided it, not null
     * @param code  a stable code of the host's or the source module's, not blank
     * @param date  the day, not null
     * @param recordedBy  who records it, not null
     * @return the decision whose outcome is the entry recorded
     */
    public synchronized Decision<LedgerEntry> recordSanction(EmployeeId employee, Sanction sanction, RuleId source, String code,
                                                             LocalDate date, EmployeeId recordedBy) {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", source);
        v.requireNonNull(sanction, "sanction", source);
        v.requireNonNull(source, "source", APR_8);
        v.requireNonNull(date, "date", source);
        v.requireNonNull(recordedBy, "recordedBy", source);
        if (code == null || code.isBlank()) {
            v.add("code", "required", source);
        }
        if (source != null && (source.equals(APR_6) || source.equals(APR_8) || source.equals(APR_9))) {
            v.add("source", AppraisalMessages.BUNDLE, "ledger.ownRule", source);
        }
        v.throwIfAny();
        LedgerEntry e = new LedgerEntry(entries.size() + 1L, employee, date, EntryKind.SANCTION, code, sanction.fine().negate(),
                sanction.pointsDeducted(), Optional.of(sanction), source, recordedBy);
        entries.add(e);
        return Decision.of(e, reason(source, "ledger.sanction", source, sanction.describe(Locale.SIMPLIFIED_CHINESE),
                sanction.describe(Locale.ENGLISH)));
    }

    /** Every entry, in the order recorded (a snapshot). */
    public synchronized List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    /**
     * The state a host stores: every entry, in the order recorded. {@link Builder#restore(List)}
     * with the same settings rebuilds the ledger.
     */
    public List<LedgerEntry> state() {
        return entries();
    }

    /** One employee's statement for a month: the sum of that month's entries. */
    public MonthlyStatement statement(EmployeeId employee, YearMonth month) {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", APR_8);
        v.requireNonNull(month, "month", APR_8);
        v.throwIfAny();
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

    /**
     * Statements computed from any list of entries (for hosts that store the ledger themselves).
     * A pay sanction counts in the month the offence was committed (CORE-CAL-4).
     *
     * @param entries  the entries, not null, no null element, sequence numbers unique
     * @param month  the month, not null
     * @return the statements of employees with entries that month
     * @throws dev.kefu.core.validation.PolicyInputException on a null, repeated sequence numbers, or an
     *     employee's points for the month beyond an {@code int} (never a wrapped, negative total)
     */
    public static Map<EmployeeId, MonthlyStatement> statements(List<LedgerEntry> entries, YearMonth month) {
        Violations v = Violations.create();
        v.requireNonNull(month, "month", APR_8);
        if (v.requireNonNull(entries, "entries", APR_8)) {
            // rows in recorded order are checked in one pass; any other order falls back to a set
            Set<Long> seen = null;
            long last = 0;
            for (int i = 0; i < entries.size(); i++) {
                LedgerEntry e = entries.get(i);
                if (e == null) {
                    v.add("entries[" + i + "]", "required", APR_8);
                    continue;
                }
                if (seen == null && e.sequence() > last) {
                    last = e.sequence();
                    continue;
                }
                if (seen == null) {
                    seen = new HashSet<>();
                    for (int j = 0; j < i; j++) {
                        if (entries.get(j) != null) {
                            seen.add(entries.get(j).sequence());
                        }
                    }
                }
                if (!seen.add(e.sequence())) {
                    v.add("entries[" + i + "].sequence", AppraisalMessages.BUNDLE, "entry.duplicate", APR_8, e.sequence());
                }
            }
        }
        v.throwIfAny();
        Map<EmployeeId, MonthlyStatement> out = new HashMap<>();
        for (LedgerEntry e : entries) {
            if (YearMonth.from(e.date()).equals(month)) {
                try {
                    out.merge(e.employee(), MonthlyStatement.empty(e.employee(), month).plus(e), (a, b) -> a.plus(e));
                } catch (ArithmeticException overflow) {
                    Violations.create().add("entries", AppraisalMessages.BUNDLE, "entry.pointsOverflow", APR_8, e.employee()).throwIfAny();
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static Reason reason(RuleId rule, String key, Object... args) {
        return Reason.of(rule, AppraisalMessages.BUNDLE, key, args);
    }

    @Override
    public String toString() {
        return "PenaltyLedger[transfer after " + transferAfter + " offences, look-back " + (lookBack == null ? "none" : lookBack) + "]";
    }

    private static final class Outcome {
        final LedgerEntry entry;
        final Decision<Recording> decision;

        Outcome(LedgerEntry entry, Decision<Recording> decision) {
            this.entry = entry;
            this.decision = decision;
        }
    }

    /**
     * Builds a ledger. Required: {@link #transferAfterOffences(int)} (APR-6 leaves the count
     * [X]). Optional: {@link #lookBack(Period)} (APR-9: none by default, so every earlier offence
     * counts) and {@link #ladderFine(Money)} (APR-6's fine, else the manager's input per decision).
     */
    public static final class Builder {
        private Integer transferAfterValue;
        private int transferAfter;
        private Period lookBack;
        private Money ladderFine;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * How many recorded offences, under any rule and within the look-back, make repeated
         * breaches that add a transfer (APR-6); required, at least 2.
         */
        public Builder transferAfterOffences(int count) {
            this.transferAfterValue = count;
            if (count < 2) {
                problems.add("transferAfterOffences", AppraisalMessages.BUNDLE, "ledger.transferAfter", APR_6, count);
            }
            return this;
        }

        /** How far back earlier offences count (APR-9, optional); positive. */
        public Builder lookBack(Period lookBack) {
            this.lookBack = lookBack;
            if (lookBack == null) {
                problems.add("lookBack", "required", APR_9);
            } else if (lookBack.isZero() || lookBack.isNegative()) {
                problems.add("lookBack", "positive", APR_9);
            }
            return this;
        }

        /** APR-6's fine for offences without a sanction of their own, when the manager gives none; above zero. */
        public Builder ladderFine(Money fine) {
            this.ladderFine = fine;
            if (fine == null) {
                problems.add("ladderFine", "required", APR_6);
            } else if (!fine.isPositive()) {
                problems.add("ladderFine", "positive", APR_6);
            }
            return this;
        }

        private Violations check() {
            Violations v = Violations.create().addAll(problems.list());
            if (transferAfterValue == null) {
                v.add("transferAfterOffences", "required", APR_6);
            } else {
                transferAfter = transferAfterValue;
            }
            return v;
        }

        /**
         * An empty ledger.
         *
         * @return the ledger
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing or bad setting
         */
        public PenaltyLedger build() {
            check().throwIfAny();
            return new PenaltyLedger(this);
        }

        /**
         * A ledger rebuilt from the entries a host stored, in the order recorded. Each entry is
         * checked against the ones before it: sequence numbers 1, 2, 3, …; a schedule offence
         * is a warning exactly when the employee was then a first offender; the fine is the
         * schedule's; a transfer exactly when the count was reached.
         *
         * @param stored  the stored entries, not null
         * @return the ledger, deciding as if it had never stopped
         * @throws dev.kefu.core.validation.PolicyInputException naming every bad setting and every
         *     tampered or inconsistent entry
         */
        public PenaltyLedger restore(List<LedgerEntry> stored) {
            Violations v = check();
            v.requireNonNull(stored, "entries", APR_8);
            if (!v.isEmpty()) {
                v.throwIfAny();
            }
            PenaltyLedger ledger = new PenaltyLedger(this);
            List<LedgerEntry> prior = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                LedgerEntry e = stored.get(i);
                String path = "entries[" + i + "]";
                if (e == null) {
                    v.add(path, "required", APR_8);
                    continue;
                }
                if (e.sequence() != i + 1L) {
                    v.add(path + ".sequence", AppraisalMessages.BUNDLE, "entry.sequence", APR_8, i + 1L);
                }
                String problem = ledger.inconsistency(prior, e);
                if (problem != null) {
                    v.add(path, AppraisalMessages.BUNDLE, problem, e.rule());
                }
                prior.add(e);
            }
            v.throwIfAny();
            ledger.entries.addAll(prior);
            return ledger;
        }
    }

    /** The message key of what is inconsistent in an entry given the entries before it, or null. */
    private String inconsistency(List<LedgerEntry> prior, LedgerEntry e) {
        if (e.kind() == EntryKind.REWARD) {
            RewardCode code = parse(RewardCode.class, e.code());
            if (code == null || !code.ruleId().equals(e.rule()) || code.amount().map(a -> !a.equals(e.amount())).orElse(false)) {
                return "entry.rewardInconsistent";
            }
            return null;
        }
        Sanction s = e.sanction().orElseThrow();
        boolean transfer = s.find(SanctionMeasure.Transfer.class).isPresent();
        int earlier = priorOffences(prior, e.employee(), e.date());
        boolean counted = earlier + 1L >= transferAfter;
        if (e.rule().equals(APR_8) || e.rule().equals(APR_9)) {
            OffenceCode c = parse(OffenceCode.class, e.code());
            if (c == null || e.kind() == EntryKind.SANCTION) {
                return "entry.unknownOffence";
            }
            Sanction expected;
            if (c.endsEmployment()) {
                expected = c.sanction();
            } else if (earlier == 0) {
                if (e.kind() != EntryKind.WARNING) {
                    return "entry.shouldBeWarning";
                }
                expected = withNonMoney(Sanction.of(s.find(SanctionMeasure.Warning.class).orElseThrow()), c);
            } else {
                expected = counted ? c.sanction().and(Sanction.of(new SanctionMeasure.Transfer())) : c.sanction();
            }
            EntryKind kind = !c.endsEmployment() && earlier == 0 ? EntryKind.WARNING : EntryKind.PENALTY;
            RuleId rule = kind == EntryKind.WARNING ? APR_9 : APR_8;
            if (e.kind() != kind || !e.rule().equals(rule)) {
                return kind == EntryKind.WARNING ? "entry.shouldBeWarning" : "entry.shouldBePenalty";
            }
            if (!Set.copyOf(expected.measures()).equals(Set.copyOf(s.measures()))) {
                return "entry.sanctionMismatch";
            }
            return null;
        }
        if (e.rule().equals(APR_6)) {
            if (parse(UnscheduledOffence.class, e.code()) == null || e.kind() == EntryKind.SANCTION) {
                return "entry.unknownOffence";
            }
            if (e.kind() == EntryKind.WARNING) {
                return earlier == 0 && s.measures().size() == 1 ? null : "entry.shouldBePenalty";
            }
            if (e.amount().isZero() || transfer != counted || s.measures().size() != (transfer ? 2 : 1)) {
                return "entry.sanctionMismatch";
            }
            return null;
        }
        return e.kind() == EntryKind.SANCTION ? null : "entry.unknownOffence";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
