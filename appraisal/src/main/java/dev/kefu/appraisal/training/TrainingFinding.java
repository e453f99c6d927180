package dev.kefu.appraisal.training;

import dev.kefu.core.id.EmployeeId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One thing wrong with a month's training (APR-13).
 *
 * @param kind  what is wrong
 * @param employee  the new hire concerned, for {@link Kind#TRAINING_DAYS} and {@link Kind#NO_MENTOR}
 * @param date  the session's day, for {@link Kind#NOT_EVALUATED}
 */
public record TrainingFinding(Kind kind, Optional<EmployeeId> employee, Optional<LocalDate> date) {

    /** What is wrong. */
    public enum Kind {
        /** A new hire had fewer training days than required. */
        TRAINING_DAYS,
        /** A new hire has no one-to-one mentor. */
        NO_MENTOR,
        /** Fewer trainings in the month than required. */
        TOO_FEW_TRAININGS,
        /** A training was not evaluated. */
        NOT_EVALUATED
    }

    /** A short stable code, such as {@code NO_MENTOR:n1}, for hosts that store findings as text. */
    public String code() {
        return kind.name() + employee.map(e -> ":" + e.value()).orElse("") + date.map(d -> ":" + d).orElse("");
    }
}
