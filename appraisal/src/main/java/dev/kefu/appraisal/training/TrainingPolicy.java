package dev.kefu.appraisal.training;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Training compliance (APR-13, S1 part 1 §1, S0 §5.1): new hires get <b>3 days</b> of training
 * (S1; S0 leaves it [X]) and a one-to-one mentor; the department runs at least a configured
 * number of trainings a month (S0 leaves it [X], so it is required); every training is
 * evaluated (exam, practice or survey).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class TrainingPolicy {

    static final RuleId APR_13 = dev.kefu.appraisal.AppraisalRules.APR_13;
    /** APR-13: new hires get 3 days of training (S1). */
    public static final int REGULATION_NEW_HIRE_DAYS = 3;

    private final int newHireDays;
    private final int monthlyMinimum;

    private TrainingPolicy(int newHireDays, int monthlyMinimum) {
        this.newHireDays = newHireDays;
        this.monthlyMinimum = monthlyMinimum;
    }

    /**
     * The regulation's policy: 3 days of training for new hires; the monthly minimum, which the
     * regulation leaves [X], is required.
     *
     * @param monthlyMinimumTrainings  the trainings required each month, at least 1
     * @return the policy
     */
    public static TrainingPolicy regulation(int monthlyMinimumTrainings) {
        return of(REGULATION_NEW_HIRE_DAYS, monthlyMinimumTrainings);
    }

    /**
     * A policy with the regulation's 3 days for new hires.
     *
     * @param monthlyMinimum  the trainings required each month, at least 1 (required: the regulation leaves it blank)
     * @return the policy
     */
    public static TrainingPolicy of(int monthlyMinimum) {
        return of(REGULATION_NEW_HIRE_DAYS, monthlyMinimum);
    }

    /**
     * A policy.
     *
     * @param newHireDays  days of training for a new hire, at least 1
     * @param monthlyMinimum  trainings required each month, at least 1
     * @return the policy
     */
    public static TrainingPolicy of(int newHireDays, int monthlyMinimum) {
        Violations v = Violations.create();
        if (newHireDays < 1) {
            v.add("newHireDays", "positive", APR_13);
        }
        if (monthlyMinimum < 1) {
            v.add("monthlyMinimum", "positive", APR_13);
        }
        v.throwIfAny();
        return new TrainingPolicy(newHireDays, monthlyMinimum);
    }

    /**
     * A new hire's induction.
     *
     * @param employee  the new hire
     * @param hiredOn  the day hired
     * @param trainingDays  days of training received
     * @param mentor  the one-to-one mentor, if assigned
     */
    public record NewHire(EmployeeId employee, LocalDate hiredOn, int trainingDays, Optional<EmployeeId> mentor) {
        /** @throws dev.kefu.core.validation.PolicyInputException naming every missing or negative part */
        public NewHire {
            Violations v = Violations.create();
            v.requireNonNull(employee, "employee", APR_13);
            v.requireNonNull(hiredOn, "hiredOn", APR_13);
            v.requireNonNull(mentor, "mentor", APR_13);
            if (trainingDays < 0) {
                v.add("trainingDays", AppraisalMessages.BUNDLE, "notNegative", APR_13);
            }
            v.throwIfAny();
        }
    }

    /**
     * A training session.
     *
     * @param date  the day
     * @param title  the subject
     * @param evaluation  how it was evaluated (exam, practice, survey), if it was
     */
    public record Session(LocalDate date, String title, Optional<String> evaluation) {
        /** @throws dev.kefu.core.validation.PolicyInputException naming every missing part */
        public Session {
            Violations v = Violations.create();
            v.requireNonNull(date, "date", APR_13);
            v.requireNonNull(title, "title", APR_13);
            v.requireNonNull(evaluation, "evaluation", APR_13);
            v.throwIfAny();
        }
    }

    /**
     * Checks a month.
     *
     * @param month  the month, not null
     * @param hires  new hires of the month, not null
     * @param sessions  training sessions, not null (those outside the month are ignored)
     * @return a decision whose outcome lists the findings; empty when compliant
     */
    public Decision<List<TrainingFinding>> check(YearMonth month, List<NewHire> hires, List<Session> sessions) {
        Violations v = Violations.create();
        v.requireNonNull(month, "month", APR_13);
        v.requireNonNull(hires, "hires", APR_13);
        v.requireNonNull(sessions, "sessions", APR_13);
        if (hires != null && hires.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("hires", "required", APR_13);
        }
        if (sessions != null && sessions.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("sessions", "required", APR_13);
        }
        v.throwIfAny();
        List<TrainingFinding> findings = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (NewHire h : hires) {
            if (h.trainingDays() < newHireDays) {
                findings.add(new TrainingFinding(TrainingFinding.Kind.TRAINING_DAYS, Optional.of(h.employee()), Optional.empty()));
                reasons.add(Reason.of(APR_13, AppraisalMessages.BUNDLE, "training.days", h.employee(), h.trainingDays(), newHireDays));
            }
            if (h.mentor().isEmpty()) {
                findings.add(new TrainingFinding(TrainingFinding.Kind.NO_MENTOR, Optional.of(h.employee()), Optional.empty()));
                reasons.add(Reason.of(APR_13, AppraisalMessages.BUNDLE, "training.mentor", h.employee()));
            }
        }
        List<Session> inMonth = sessions.stream().filter(s -> YearMonth.from(s.date()).equals(month)).toList();
        if (inMonth.size() < monthlyMinimum) {
            findings.add(new TrainingFinding(TrainingFinding.Kind.TOO_FEW_TRAININGS, Optional.empty(), Optional.empty()));
            reasons.add(Reason.of(APR_13, AppraisalMessages.BUNDLE, "training.count", month, inMonth.size(), monthlyMinimum));
        }
        for (Session s : inMonth) {
            if (s.evaluation().isEmpty()) {
                findings.add(new TrainingFinding(TrainingFinding.Kind.NOT_EVALUATED, Optional.empty(), Optional.of(s.date())));
                reasons.add(Reason.of(APR_13, AppraisalMessages.BUNDLE, "training.evaluation", s.title(), s.date()));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(APR_13, AppraisalMessages.BUNDLE, "training.ok", month));
        }
        return Decision.of(List.copyOf(findings), reasons);
    }
}
