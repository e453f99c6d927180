package dev.kefu.appraisal.ledger;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An offence reported to the {@link PenaltyLedger}: one act by one employee, with what the
 * deciding manager chooses per case. Build with {@link #builder()}.
 *
 * <p>Exactly one offence is named: an item of the S3 schedule (APR-8), a discipline offence
 * with no schedule amount (APR-14, sanctioned through APR-6's ladder), or a phone answered on a
 * given ring (the phone-ring ladder: from the 4th ring APR-8's item).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class OffenceReport {

    private final EmployeeId employee;
    private final LocalDate date;
    private final Recorder recordedBy;
    private final OffenceCode scheduled;
    private final UnscheduledOffence unscheduled;
    private final int answeredOnRing;
    private final Severity severity;
    private final SanctionMeasure.WarningForm warningForm;
    private final Money fine;
    private final List<RuleId> alsoMatched;

    private OffenceReport(Builder b) {
        this.employee = b.employee;
        this.date = b.date;
        this.recordedBy = b.recordedBy;
        this.scheduled = b.scheduled;
        this.unscheduled = b.unscheduled;
        this.answeredOnRing = b.answeredOnRing;
        this.severity = b.severity;
        this.warningForm = b.warningForm;
        this.fine = b.fine;
        this.alsoMatched = List.copyOf(b.alsoMatched);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The offender. */
    public EmployeeId employee() {
        return employee;
    }

    /** The day of the offence. */
    public LocalDate date() {
        return date;
    }

    /** Who records it. */
    public Recorder recordedBy() {
        return recordedBy;
    }

    /** The schedule item (APR-8), if the offence is one; a late answer is {@link OffenceCode#PHONE_NOT_ANSWERED_IN_THREE_RINGS}. */
    public Optional<OffenceCode> scheduled() {
        return Optional.ofNullable(scheduled);
    }

    /** The discipline offence without a schedule amount (APR-14), if the offence is one. */
    public Optional<UnscheduledOffence> unscheduled() {
        return Optional.ofNullable(unscheduled);
    }

    /** The ring on which the phone was answered, 0 when the report is not about a late answer. */
    public int answeredOnRing() {
        return answeredOnRing;
    }

    /** The severity chosen for an APR-14 offence (APR-6). */
    public Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }

    /** The warning's form, oral or written, chosen per case (APR-6, APR-9). */
    public Optional<SanctionMeasure.WarningForm> warningForm() {
        return Optional.ofNullable(warningForm);
    }

    /** The manager's fine for an APR-14 offence, overriding the configured one (APR-6). */
    public Optional<Money> fine() {
        return Optional.ofNullable(fine);
    }

    /** Other rules the act matched, which are listed but not applied. */
    public List<RuleId> alsoMatched() {
        return alsoMatched;
    }

    @Override
    public String toString() {
        return "OffenceReport[" + employee + " " + date + " " + (scheduled != null ? scheduled : unscheduled) + "]";
    }

    /** Builds an offence report; {@link #build()} names every problem at once. */
    public static final class Builder {
        private EmployeeId employee;
        private LocalDate date;
        private Recorder recordedBy;
        private OffenceCode scheduled;
        private UnscheduledOffence unscheduled;
        private int answeredOnRing;
        private boolean ringSet;
        private int offences;
        private Severity severity;
        private SanctionMeasure.WarningForm warningForm;
        private Money fine;
        private final List<RuleId> alsoMatched = new ArrayList<>();
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /** The offender; required. */
        public Builder employee(EmployeeId employee) {
            this.employee = employee;
            return this;
        }

        /** The day of the offence; required. */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** Who records it; required. Only the customer-service manager may (APR-9). */
        public Builder recordedBy(Recorder recordedBy) {
            this.recordedBy = recordedBy;
            return this;
        }

        /** An item of the S3 schedule (APR-8). */
        public Builder offence(OffenceCode code) {
            offences++;
            this.scheduled = code;
            if (code == null) {
                problems.add("offence", "required", PenaltyLedger.APR_8);
            }
            return this;
        }

        /** A discipline offence without a schedule amount (APR-14), through APR-6's ladder. */
        public Builder offence(UnscheduledOffence offence) {
            offences++;
            this.unscheduled = offence;
            if (offence == null) {
                problems.add("offence", "required", PenaltyLedger.APR_6);
            }
            return this;
        }

        /**
         * A service phone answered on the given ring (phone-ring ladder): from the 4th ring it is
         * APR-8's item; before, no offence is recorded.
         *
         * @param ring  the ring, from 1
         * @return this builder
         */
        public Builder phoneAnsweredOnRing(int ring) {
            offences++;
            ringSet = true;
            this.answeredOnRing = ring;
            this.scheduled = OffenceCode.PHONE_NOT_ANSWERED_IN_THREE_RINGS;
            if (ring < 1) {
                problems.add("phoneAnsweredOnRing", "positive", PenaltyLedger.APR_8);
            }
            return this;
        }

        /** The severity of an APR-14 offence, chosen per case (APR-6); required for those. */
        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        /** The form of the warning, when the outcome is a warning (APR-6, APR-9): no default. */
        public Builder warningForm(SanctionMeasure.WarningForm form) {
            this.warningForm = form;
            return this;
        }

        /** The manager's fine for an APR-14 offence, above zero (APR-6's fine, per decision). */
        public Builder fine(Money fine) {
            this.fine = fine;
            if (fine != null && !fine.isPositive()) {
                problems.add("fine", "positive", PenaltyLedger.APR_6);
            }
            return this;
        }

        /** Other rules the same act matched; listed in the decision, not applied. */
        public Builder alsoMatched(RuleId... rules) {
            if (rules == null) {
                problems.add("alsoMatched", "required", PenaltyLedger.APR_6);
                return this;
            }
            for (int i = 0; i < rules.length; i++) {
                if (rules[i] == null) {
                    problems.add("alsoMatched[" + i + "]", "required", PenaltyLedger.APR_6);
                } else {
                    alsoMatched.add(rules[i]);
                }
            }
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report
         * @throws dev.kefu.core.validation.PolicyInputException naming every problem
         */
        public OffenceReport build() {
            Violations v = Violations.create().addAll(problems.list());
            v.requireNonNull(employee, "employee", PenaltyLedger.APR_8);
            v.requireNonNull(date, "date", PenaltyLedger.APR_8);
            v.requireNonNull(recordedBy, "recordedBy", PenaltyLedger.APR_9);
            if (offences != 1) {
                v.add("offence", AppraisalMessages.BUNDLE, "report.oneOffence", PenaltyLedger.APR_8, offences);
            }
            if (unscheduled != null && severity == null) {
                v.add("severity", "required", PenaltyLedger.APR_6);
            }
            if (scheduled != null && fine != null) {
                v.add("fine", AppraisalMessages.BUNDLE, "report.scheduleFine", PenaltyLedger.APR_8);
            }
            v.throwIfAny();
            return new OffenceReport(this);
        }
    }
}
