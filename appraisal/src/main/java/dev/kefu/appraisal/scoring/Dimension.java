package dev.kefu.appraisal.scoring;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.util.List;

/**
 * An appraisal dimension, its weight among the dimensions and its weighted indicators (APR-2).
 *
 * @param code  the dimension's code, such as {@code WORK_RESULTS}
 * @param weight  its weight among the dimensions
 * @param indicators  the indicators, at least one, weights totalling exactly 100%
 */
public record Dimension(String code, Share weight, List<Indicator> indicators) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every problem */
    public Dimension {
        Violations v = Violations.create();
        if (code == null || code.isBlank()) {
            v.add("code", "required", AppraisalRules.APR_2);
        }
        v.requireNonNull(weight, "weight", AppraisalRules.APR_2);
        if (indicators == null || indicators.isEmpty() || indicators.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("indicators", "required", AppraisalRules.APR_2);
        } else if (!Share.totalOneHundred(indicators.stream().map(Indicator::weight).toList())) {
            v.add("indicators", AppraisalMessages.BUNDLE, "scoring.indicatorWeights", AppraisalRules.APR_2, code,
                    Share.totalPercent(indicators.stream().map(Indicator::weight).toList()).toPlainString());
        }
        v.throwIfAny();
        indicators = List.copyOf(indicators);
    }

    /** The indicator codes, in order. */
    public List<String> indicatorCodes() {
        return indicators.stream().map(Indicator::code).toList();
    }
}
