package dev.kefu.gas.performance;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reading, collection and billing work count in the performance appraisal (MTR-11): the
 * indicators are the read rates (MTR-6), report punctuality (MTR-9), arrears chased (MTR-10) and
 * reconciliation results (MTR-15). Their weights are a <b>required setting</b> ([X]), one per
 * indicator, totalling exactly 100%. The score is the weighted sum of the indicator results,
 * exact (no rounding). Commendation and promotion of outstanding staff is the host's; derelict
 * staff are sanctioned as {@link dev.kefu.gas.discipline.DeskOffenceKind#DERELICTION}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class DeskAppraisal {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<DeskIndicator, Share> weights;

    private DeskAppraisal(Map<DeskIndicator, Share> weights) {
        this.weights = weights;
    }

    /** A builder; every weight is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The weights. */
    public Map<DeskIndicator, Share> weights() {
        return weights;
    }

    /**
     * Scores one employee (MTR-11).
     *
     * @param employee  the employee, not null
     * @param results  the result of every indicator, as a share from 0% to 100%, not null
     * @return the decision whose outcome is the score in percent, exact
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is null or an
     *     indicator's result is missing
     */
    public Decision<BigDecimal> score(EmployeeId employee, Map<DeskIndicator, Share> results) {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", GasRules.MTR_11);
        if (v.requireNonNull(results, "results", GasRules.MTR_11)) {
            for (DeskIndicator i : DeskIndicator.values()) {
                if (results.get(i) == null) {
                    v.add("results." + setting(i), "required", GasRules.MTR_11);
                }
            }
        }
        v.throwIfAny();
        BigDecimal score = BigDecimal.ZERO;
        for (DeskIndicator i : DeskIndicator.values()) {
            score = score.add(weights.get(i).percent().multiply(results.get(i).percent()));
        }
        score = score.divide(HUNDRED).stripTrailingZeros();
        if (score.scale() < 0) {
            score = score.setScale(0);
        }
        return Decision.of(score, Reason.of(GasRules.MTR_11, GasMessages.BUNDLE, "appraisal.score", employee, score.toPlainString(),
                results.get(DeskIndicator.READ_RATE), results.get(DeskIndicator.REPORT_PUNCTUALITY),
                results.get(DeskIndicator.ARREARS_CHASED), results.get(DeskIndicator.RECONCILIATION)));
    }

    private static String setting(DeskIndicator i) {
        switch (i) {
            case READ_RATE:
                return "readRate";
            case REPORT_PUNCTUALITY:
                return "reportPunctuality";
            case ARREARS_CHASED:
                return "arrearsChased";
            default:
                return "reconciliation";
        }
    }

    @Override
    public String toString() {
        return "DeskAppraisal" + weights;
    }

    /** Builds the appraisal; setters never throw, {@link #build()} reports every problem. */
    public static final class Builder {
        private final Map<DeskIndicator, Share> weights = new EnumMap<>(DeskIndicator.class);
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * Sets an indicator's weight (MTR-11, [X]).
         *
         * @param indicator  the indicator, not null
         * @param weight  its weight, not null
         * @return this
         */
        public Builder weight(DeskIndicator indicator, Share weight) {
            if (indicator == null || weight == null) {
                problems.add("weight", "required", GasRules.MTR_11);
            } else {
                weights.put(indicator, weight);
            }
            return this;
        }

        /**
         * Builds the appraisal.
         *
         * @return the appraisal
         * @throws dev.kefu.core.validation.PolicyInputException naming each missing weight
         *     ({@code weight.readRate}, {@code weight.reportPunctuality},
         *     {@code weight.arrearsChased}, {@code weight.reconciliation}) and weights that do
         *     not total 100%
         */
        public DeskAppraisal build() {
            Violations v = Violations.create().addAll(problems.list());
            for (DeskIndicator i : DeskIndicator.values()) {
                GasMessages.requireSetting(v, weights.get(i), "weight." + setting(i), GasRules.MTR_11);
            }
            if (weights.size() == DeskIndicator.values().length && !Share.totalOneHundred(weights.values())) {
                v.add("weight", GasMessages.BUNDLE, "appraisal.weightsTotal", GasRules.MTR_11, Share.totalPercent(weights.values()).toPlainString());
            }
            v.throwIfAny();
            return new DeskAppraisal(Collections.unmodifiableMap(new EnumMap<>(weights)));
        }
    }
}
