package dev.kefu.appraisal.scoring;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.util.List;

/**
 * The share of the total each source scores (APR-3): supervisor [X]%, customers [X]%, self
 * [X]%. The regulation leaves all three blank, so they are required and must add up to
 * exactly 100%.
 *
 * @param supervisor  the supervisor's weight
 * @param customers  the customers' weight
 * @param self  the employee's own weight
 */
public record SourceWeights(Share supervisor, Share customers, Share self) {

    /** @throws dev.kefu.core.validation.PolicyInputException if missing or not totalling 100% */
    public SourceWeights {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("APR-3");
        boolean ok = v.requireNonNull(supervisor, "supervisor", rule) & v.requireNonNull(customers, "customers", rule)
                & v.requireNonNull(self, "self", rule);
        if (ok && !Share.totalOneHundred(List.of(supervisor, customers, self))) {
            v.add("weights", AppraisalMessages.BUNDLE, "scoring.weights", rule,
                    Share.totalPercent(List.of(supervisor, customers, self)).toPlainString());
        }
        v.throwIfAny();
    }

    /** The weight of a source. */
    public Share of(Source source) {
        switch (source) {
            case SUPERVISOR:
                return supervisor;
            case CUSTOMERS:
                return customers;
            default:
                return self;
        }
    }
}
