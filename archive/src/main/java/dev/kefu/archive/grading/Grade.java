package dev.kefu.archive.grading;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;

/**
 * A customer grade (客户等级) as the company names grades, such as {@code A}, {@code B},
 * {@code C} or {@code CHAMPIONS} (ARC-5).
 *
 * @param code  the grade's code, not blank, at most 32 characters
 */
public record Grade(String code) implements Comparable<Grade> {

    /** @throws dev.kefu.core.validation.PolicyInputException if blank or too long */
    public Grade {
        if (code == null || code.isBlank() || code.length() > 32) {
            Violations.create().add("grade", "required", RuleId.of("ARC-5")).throwIfAny();
        }
    }

    /** Obtains a grade. */
    public static Grade of(String code) {
        return new Grade(code);
    }

    @Override
    public int compareTo(Grade o) {
        return code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
