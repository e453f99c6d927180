package dev.kefu.appraisal.scoring;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is appraised (APR-2): dimensions and their indicators, each with a weight. The seed names
 * the dimensions and indicators but gives no weights, between the dimensions or within one, so
 * every weight is required configuration and equal weighting is not a default.
 * {@link #regulation()} starts a builder with the regulation's three dimensions and eight
 * indicators — work results (consultation answer accuracy, the order-handling on-time rate of
 * ORD-19, complaint-handling satisfaction), attitude (discipline, teamwork, responsibility) and
 * professional ability (product knowledge, service skills) — whose {@code build()} fails naming
 * every weight not set. Training results (APR-19) count when the host adds an indicator for them
 * with its weight ({@link #TRAINING_RESULTS}).
 *
 * <p>A source's score is the weighted sum over dimensions of the weighted sum of indicator scores.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class AppraisalScheme {

    /** Work results (工作业绩). */
    public static final String WORK_RESULTS = "WORK_RESULTS";
    /** Attitude (工作态度). */
    public static final String ATTITUDE = "ATTITUDE";
    /** Professional ability (专业能力). */
    public static final String ABILITY = "ABILITY";
    /** The regulation's indicators of work results. */
    public static final List<String> WORK_RESULTS_INDICATORS = List.of("CONSULTATION_ACCURACY", "ORDER_ON_TIME_RATE", "COMPLAINT_SATISFACTION");
    /** The regulation's indicators of attitude. */
    public static final List<String> ATTITUDE_INDICATORS = List.of("DISCIPLINE", "TEAMWORK", "RESPONSIBILITY");
    /** The regulation's indicators of professional ability. */
    public static final List<String> ABILITY_INDICATORS = List.of("PRODUCT_KNOWLEDGE", "SERVICE_SKILLS");
    /** The code a host gives the training-results indicator it adds (APR-19). */
    public static final String TRAINING_RESULTS = "TRAINING_RESULTS";

    private final List<Dimension> dimensions;

    private AppraisalScheme(List<Dimension> dimensions) {
        this.dimensions = List.copyOf(dimensions);
    }

    /** A builder with no dimensions. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder with the regulation's dimensions and indicators (APR-2) and no weights: set every
     * one with {@link Builder#weight(String, Share)}.
     */
    public static Builder regulation() {
        Builder b = new Builder();
        b.dimension(WORK_RESULTS, WORK_RESULTS_INDICATORS.toArray(new String[0]));
        b.dimension(ATTITUDE, ATTITUDE_INDICATORS.toArray(new String[0]));
        b.dimension(ABILITY, ABILITY_INDICATORS.toArray(new String[0]));
        return b;
    }

    /** The dimensions, in order. */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** Every indicator code, in order. */
    public List<String> indicators() {
        return dimensions.stream().flatMap(d -> d.indicatorCodes().stream()).toList();
    }

    @Override
    public String toString() {
        return "AppraisalScheme" + dimensions;
    }

    /** Builds a scheme; {@link #build()} names every missing weight and bad total at once. */
    public static final class Builder {
        private final Map<String, List<String>> structure = new LinkedHashMap<>();
        private final Map<String, Share> weights = new LinkedHashMap<>();
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * Declares a dimension and its indicators (weights set separately).
         *
         * @param code  the dimension's code, unique
         * @param indicators  its indicator codes, at least one, unique across the scheme
         * @return this builder
         */
        public Builder dimension(String code, String... indicators) {
            if (code == null || code.isBlank()) {
                problems.add("dimension", "required", AppraisalRules.APR_2);
                return this;
            }
            if (indicators == null || indicators.length == 0) {
                problems.add("dimension[" + code + "].indicators", "required", AppraisalRules.APR_2);
                return this;
            }
            List<String> list = new ArrayList<>();
            for (String i : indicators) {
                if (i == null || i.isBlank()) {
                    problems.add("dimension[" + code + "].indicators", "required", AppraisalRules.APR_2);
                } else {
                    list.add(i);
                }
            }
            if (structure.containsKey(code)) {
                problems.add("dimension[" + code + "]", AppraisalMessages.BUNDLE, "scoring.repeatDimension", AppraisalRules.APR_2, code);
            }
            structure.put(code, list);
            return this;
        }

        /** Adds an indicator to a declared dimension, such as {@link #TRAINING_RESULTS} (APR-19). */
        public Builder indicator(String dimension, String indicator) {
            List<String> list = structure.get(dimension);
            if (list == null) {
                problems.add("indicator[" + indicator + "]", AppraisalMessages.BUNDLE, "scoring.unknownCode", AppraisalRules.APR_2, dimension);
            } else if (indicator == null || indicator.isBlank()) {
                problems.add("indicator", "required", AppraisalRules.APR_2);
            } else {
                list.add(indicator);
            }
            return this;
        }

        /**
         * The weight of a dimension among the dimensions, or of an indicator within its dimension.
         *
         * @param code  a declared dimension or indicator code
         * @param weight  the weight
         * @return this builder
         */
        public Builder weight(String code, Share weight) {
            if (code == null || weight == null) {
                problems.add("weight", "required", AppraisalRules.APR_2);
            } else {
                weights.put(code, weight);
            }
            return this;
        }

        /**
         * Builds the scheme.
         *
         * @return the scheme
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing weight, an
         *     unknown or repeated code, and every level whose weights do not total 100%
         */
        public AppraisalScheme build() {
            Violations v = Violations.create().addAll(problems.list());
            if (structure.isEmpty()) {
                v.add("dimensions", "required", AppraisalRules.APR_2);
            }
            Set<String> seen = new HashSet<>();
            Set<String> known = new HashSet<>(structure.keySet());
            for (Map.Entry<String, List<String>> d : structure.entrySet()) {
                if (!weights.containsKey(d.getKey())) {
                    v.add("weights[" + d.getKey() + "]", AppraisalMessages.BUNDLE, "scoring.weightRequired", AppraisalRules.APR_2);
                }
                for (String i : d.getValue()) {
                    known.add(i);
                    if (!seen.add(i) || structure.containsKey(i)) {
                        v.add("dimensions[" + d.getKey() + "]", AppraisalMessages.BUNDLE, "scoring.repeatIndicator", AppraisalRules.APR_2, i);
                    }
                    if (!weights.containsKey(i)) {
                        v.add("weights[" + i + "]", AppraisalMessages.BUNDLE, "scoring.weightRequired", AppraisalRules.APR_2);
                    }
                }
            }
            for (String code : weights.keySet()) {
                if (!known.contains(code)) {
                    v.add("weights[" + code + "]", AppraisalMessages.BUNDLE, "scoring.unknownCode", AppraisalRules.APR_2, code);
                }
            }
            v.throwIfAny();
            List<Dimension> dims = new ArrayList<>();
            for (Map.Entry<String, List<String>> d : structure.entrySet()) {
                List<Indicator> inds = d.getValue().stream().map(i -> new Indicator(i, weights.get(i))).toList();
                try {
                    dims.add(new Dimension(d.getKey(), weights.get(d.getKey()), inds));
                } catch (dev.kefu.core.validation.PolicyInputException e) {
                    v.addAll(e.violations());
                }
            }
            if (v.isEmpty() && !Share.totalOneHundred(dims.stream().map(Dimension::weight).toList())) {
                v.add("weights", AppraisalMessages.BUNDLE, "scoring.dimensionWeights", AppraisalRules.APR_2,
                        Share.totalPercent(dims.stream().map(Dimension::weight).toList()).toPlainString());
            }
            v.throwIfAny();
            return new AppraisalScheme(dims);
        }
    }
}
