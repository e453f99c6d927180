package dev.kefu.appraisal.scoring;

import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;

/**
 * An appraisal indicator and its weight within its dimension (APR-2: required, no default).
 *
 * @param code  the indicator's code, such as {@code CONSULTATION_ACCURACY}
 * @param weight  its weight within the dimension
 */
public record Indicator(String code, Share weight) {

    /** @throws dev.kefu.core.validation.PolicyInputException if a part is missing */
    public Indicator {
        Violations v = Violations.create();
        if (code == null || code.isBlank()) {
            v.add("code", "required", AppraisalRules.APR_2);
        }
        v.requireNonNull(weight, "weight", AppraisalRules.APR_2);
        v.throwIfAny();
    }
}
