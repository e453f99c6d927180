package dev.kefu.appraisal.scoring;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One employee's scores for one month (APR-1): per source, a score from 0 to 100 for every
 * indicator of the scheme. Build with {@link #builder}.
 *
 * @param employee  the employee
 * @param month  the month appraised
 * @param scores  per source, per indicator code, 0–100
 */
public record ScoreSheet(EmployeeId employee, YearMonth month, Map<Source, Map<String, BigDecimal>> scores) {

    private static final RuleId APR_1 = RuleId.of("APR-1");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** @throws dev.kefu.core.validation.PolicyInputException naming every bad score */
    public ScoreSheet {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", APR_1);
        v.requireNonNull(month, "month", APR_1);
        if (v.requireNonNull(scores, "scores", APR_1)) {
            scores.forEach((source, byIndicator) -> {
                if (source == null || byIndicator == null) {
                    v.add("scores[" + source + "]", "required", APR_1);
                    return;
                }
                byIndicator.forEach((indicator, score) -> {
                    if (indicator == null) {
                        v.add("scores[" + source + "][null]", "required", APR_1);
                    } else if (score == null || score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
                        v.add("scores[" + source + "][" + indicator + "]", dev.kefu.appraisal.AppraisalMessages.BUNDLE, "scoring.range", APR_1);
                    }
                });
            });
        }
        v.throwIfAny();
        Map<Source, Map<String, BigDecimal>> copy = new EnumMap<>(Source.class);
        scores.forEach((s, m) -> copy.put(s, Map.copyOf(m)));
        scores = java.util.Collections.unmodifiableMap(copy);
    }

    /** A builder. */
    public static Builder builder(EmployeeId employee, YearMonth month) {
        return new Builder(employee, month);
    }

    /** Builds a score sheet. */
    public static final class Builder {
        private final EmployeeId employee;
        private final YearMonth month;
        private final Map<Source, Map<String, BigDecimal>> scores = new EnumMap<>(Source.class);
        private final Violations problems = Violations.create();

        private Builder(EmployeeId employee, YearMonth month) {
            this.employee = employee;
            this.month = month;
        }

        /** Sets a score, 0–100; NaN and infinities are refused at {@link #build()}. */
        public Builder score(Source source, String indicator, double score) {
            if (Double.isNaN(score) || Double.isInfinite(score)) {
                problems.add("scores[" + source + "][" + indicator + "]", dev.kefu.appraisal.AppraisalMessages.BUNDLE, "scoring.range", APR_1);
                return this;
            }
            return score(source, indicator, BigDecimal.valueOf(score));
        }

        /** Sets a score, 0–100. */
        public Builder score(Source source, String indicator, BigDecimal score) {
            if (source == null || indicator == null) {
                problems.add("scores[" + source + "][" + indicator + "]", "required", APR_1);
                return this;
            }
            scores.computeIfAbsent(source, s -> new LinkedHashMap<>()).put(indicator, score);
            return this;
        }

        /** Sets the same score for every indicator of a scheme from one source. */
        public Builder all(Source source, AppraisalScheme scheme, double score) {
            if (scheme == null) {
                problems.add("scheme", "required", APR_1);
                return this;
            }
            for (String i : scheme.indicators()) {
                score(source, i, score);
            }
            return this;
        }

        /** Builds the sheet. @throws dev.kefu.core.validation.PolicyInputException naming every bad score */
        public ScoreSheet build() {
            if (!problems.isEmpty()) {
                Violations v = Violations.create().addAll(problems.list());
                v.throwIfAny();
            }
            return new ScoreSheet(employee, month, scores);
        }
    }
}
