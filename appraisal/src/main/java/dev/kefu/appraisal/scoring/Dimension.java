package dev.kefu.appraisal.scoring;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.util.List;

/**
 * An appraisal dimension and its indicators (APR-2).
 *
 * @param code  the dimension's code, such as {@code WORK_RESULTS}
 * @param indicators  the indicator codes, at least one
 */
public record Dimension(String code, List<String> indicators) {

    /** @throws dev.kefu.core.validation.PolicyInputException if blank or without indicators */
    public Dimension {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("APR-2");
        if (code == null || code.isBlank()) {
            v.add("code", "required", rule);
        }
        if (indicators == null || indicators.isEmpty() || indicators.stream().anyMatch(i -> i == null || i.isBlank())) {
            v.add("indicators", "required", rule);
        }
        v.throwIfAny();
        indicators = List.copyOf(indicators);
    }
}
