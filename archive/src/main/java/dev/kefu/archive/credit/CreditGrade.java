package dev.kefu.archive.credit;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;

/**
 * A credit grade (信用等级) as the company names them, such as {@code AAA} or {@code B} (ARC-7).
 *
 * @param code  the grade's code, not blank, at most 32 characters
 */
public record CreditGrade(String code) {

    /** @throws dev.kefu.core.validation.PolicyInputException if blank or too long */
    public CreditGrade {
        if (code == null || code.isBlank() || code.length() > 32) {
            Violations.create().add("creditGrade", "required", RuleId.of("ARC-7")).throwIfAny();
        }
    }

    /** Obtains a credit grade. */
    public static CreditGrade of(String code) {
        return new CreditGrade(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
