package dev.kefu.appraisal.scoring;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What is appraised (APR-2): dimensions and their indicators. The default is the regulation's
 * structure: work results (consultation answer accuracy, order-handling on-time rate,
 * complaint-handling satisfaction), attitude (discipline, teamwork, responsibility) and
 * professional ability (product knowledge, service skills). A source's score is the mean of
 * its dimension scores, each the mean of its indicator scores.
 *
 * @param dimensions  the dimensions, at least one; indicator codes unique across them
 */
public record AppraisalScheme(List<Dimension> dimensions) {

    /** The regulation's three dimensions and eight indicators (APR-2, S2 §6, S0 §5). */
    public static final AppraisalScheme STANDARD = new AppraisalScheme(List.of(
            new Dimension("WORK_RESULTS", List.of("CONSULTATION_ACCURACY", "ORDER_ON_TIME_RATE", "COMPLAINT_SATISFACTION")),
            new Dimension("ATTITUDE", List.of("DISCIPLINE", "TEAMWORK", "RESPONSIBILITY")),
            new Dimension("ABILITY", List.of("PRODUCT_KNOWLEDGE", "SERVICE_SKILLS"))));

    /** @throws dev.kefu.core.validation.PolicyInputException if empty or an indicator repeats */
    public AppraisalScheme {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("APR-2");
        if (dimensions == null || dimensions.isEmpty()) {
            v.add("dimensions", "required", rule).throwIfAny();
        }
        Set<String> seen = new HashSet<>();
        for (Dimension d : dimensions) {
            for (String i : d.indicators()) {
                if (!seen.add(i)) {
                    v.add("dimensions[" + d.code() + "]", AppraisalMessages.BUNDLE, "scoring.repeatIndicator", rule, i);
                }
            }
        }
        v.throwIfAny();
        dimensions = List.copyOf(dimensions);
    }

    /** Every indicator code, in order. */
    public List<String> indicators() {
        return dimensions.stream().flatMap(d -> d.indicators().stream()).toList();
    }
}
