package dev.kefu.appraisal.scoring;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.appraisal.Labels;
import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The monthly appraisal (APR-1 … APR-4): each source's score is the weighted sum of the scheme's
 * dimension scores, each the weighted sum of its indicator scores (APR-2, weights required); the
 * weighted score is the sum of the source scores times their weights (APR-3, required, totalling
 * 100%); appraisal points deducted by sanctions this month are subtracted (not below 0); results
 * are ranked with the standard competition ranking (equal scores share a rank: 1, 2, 2, 4); each
 * falls in a band (thresholds required) whose outcome is a reward for excellent staff, and for
 * unqualified staff the measure of the host's {@link UnqualifiedLadder} or, without one, a measure
 * the manager chooses per case (APR-4 ships no ladder).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class MonthlyAppraisal {

    static final RuleId APR_1 = AppraisalRules.APR_1;
    static final RuleId APR_3 = AppraisalRules.APR_3;
    static final RuleId APR_4 = AppraisalRules.APR_4;
    private static final MathContext MC = MathContext.DECIMAL64;

    private final AppraisalScheme scheme;
    private final SourceWeights weights;
    private final Bands bands;
    private final UnqualifiedLadder ladder;

    private MonthlyAppraisal(Builder b) {
        this.scheme = b.scheme;
        this.weights = b.weights;
        this.bands = b.bands;
        this.ladder = b.ladder;
    }

    /** A builder: the scheme (with its weights), the source weights and the bands are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Appraises a month.
     *
     * @param month  the month, not null
     * @param sheets  one score sheet per employee for that month
     * @param pointsDeducted  appraisal points deducted per employee this month (absent means
     *     none), not negative
     * @param unqualifiedBefore  consecutive unqualified months just before this one, per employee
     *     (absent means none), not negative
     * @return one decision per employee, best first (ties by employee id)
     * @throws dev.kefu.core.validation.PolicyInputException listing every bad sheet (another
     *     month, a repeated employee, a missing score) and every null or negative count
     */
    public List<Decision<AppraisalResult>> appraise(YearMonth month, List<ScoreSheet> sheets,
                                                    Map<EmployeeId, Integer> pointsDeducted, Map<EmployeeId, Integer> unqualifiedBefore) {
        Violations v = Violations.create();
        boolean ok = v.requireNonNull(month, "month", APR_1) & v.requireNonNull(sheets, "sheets", APR_1)
                & v.requireNonNull(pointsDeducted, "pointsDeducted", APR_1) & v.requireNonNull(unqualifiedBefore, "unqualifiedBefore", APR_1);
        if (!ok) {
            v.throwIfAny();
        }
        pointsDeducted.forEach((e, p) -> {
            if (e == null || p == null || p < 0) {
                v.add("pointsDeducted[" + e + "]", AppraisalMessages.BUNDLE, "scoring.count", APR_1);
            }
        });
        unqualifiedBefore.forEach((e, p) -> {
            if (e == null || p == null || p < 0) {
                v.add("unqualifiedBefore[" + e + "]", AppraisalMessages.BUNDLE, "scoring.count", APR_4);
            }
        });
        Set<EmployeeId> seen = new HashSet<>();
        for (int i = 0; i < sheets.size(); i++) {
            ScoreSheet s = sheets.get(i);
            if (s == null) {
                v.add("sheets[" + i + "]", "required", APR_1);
                continue;
            }
            if (!s.month().equals(month)) {
                v.add("sheets[" + i + "].month", AppraisalMessages.BUNDLE, "scoring.month", APR_1, month);
            }
            if (!seen.add(s.employee())) {
                v.add("sheets[" + i + "].employee", AppraisalMessages.BUNDLE, "scoring.repeatEmployee", APR_1);
            }
            for (Source src : Source.values()) {
                if (weights.of(src).isZero()) {
                    continue;
                }
                Map<String, BigDecimal> m = s.scores().getOrDefault(src, Map.of());
                for (String ind : scheme.indicators()) {
                    if (!m.containsKey(ind)) {
                        v.add("sheets[" + i + "].scores[" + src + "][" + ind + "]", "required", APR_1);
                    }
                }
            }
        }
        v.throwIfAny();
        int n = sheets.size();
        Map<Source, BigDecimal>[] sourceScores = newArray(n);
        BigDecimal[] weighted = new BigDecimal[n];
        BigDecimal[] total = new BigDecimal[n];
        int[] points = new int[n];
        for (int i = 0; i < n; i++) {
            ScoreSheet s = sheets.get(i);
            Map<Source, BigDecimal> bySource = new EnumMap<>(Source.class);
            BigDecimal w = BigDecimal.ZERO;
            for (Source src : Source.values()) {
                if (weights.of(src).isZero()) {
                    continue;
                }
                BigDecimal score = sourceScore(s.scores().get(src));
                bySource.put(src, score.setScale(2, RoundingMode.HALF_EVEN));
                w = w.add(score.multiply(weights.of(src).fraction(), MC));
            }
            sourceScores[i] = Collections.unmodifiableMap(bySource);
            weighted[i] = w.setScale(2, RoundingMode.HALF_EVEN);
            points[i] = pointsDeducted.getOrDefault(s.employee(), 0);
            BigDecimal t = w.subtract(BigDecimal.valueOf(points[i]));
            total[i] = (t.signum() < 0 ? BigDecimal.ZERO : t).setScale(2, RoundingMode.HALF_EVEN);
        }
        BigDecimal[] sorted = total.clone();
        Arrays.sort(sorted, Comparator.reverseOrder());
        List<Decision<AppraisalResult>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int rank = 1 + countAbove(sorted, total[i]);
            Band band = bands.bandOf(total[i]);
            long fails = band == Band.UNQUALIFIED ? 1L + unqualifiedBefore.getOrDefault(sheets.get(i).employee(), 0) : 0L;
            Outcome outcome = band == Band.EXCELLENT ? Outcome.REWARD : band == Band.QUALIFIED ? Outcome.NONE
                    : ladder == null ? Outcome.MEASURE_CHOSEN_BY_MANAGER : ladder.measureFor(fails);
            AppraisalResult r = new AppraisalResult(sheets.get(i).employee(), sourceScores[i], weighted[i], points[i], total[i], rank, band, outcome);
            List<Reason> reasons = new ArrayList<>();
            reasons.add(Reason.of(APR_3, AppraisalMessages.BUNDLE, "scoring.weighted", scores(sourceScores[i], Locale.SIMPLIFIED_CHINESE),
                    scores(sourceScores[i], Locale.ENGLISH), weighted[i].toPlainString()));
            if (points[i] > 0) {
                reasons.add(Reason.of(AppraisalRules.CMP_12, AppraisalMessages.BUNDLE, "scoring.deducted", points[i]));
            }
            reasons.add(Reason.of(APR_4, AppraisalMessages.BUNDLE, "scoring.result", total[i].toPlainString(), rank, n, Labels.zh(band), Labels.en(band),
                    Labels.zh(outcome), Labels.en(outcome)));
            if (band == Band.UNQUALIFIED) {
                reasons.add(Reason.of(APR_4, AppraisalMessages.BUNDLE, ladder == null ? "scoring.noLadder" : "scoring.ladderStep", fails));
            }
            out.add(Decision.of(r, reasons));
        }
        out.sort(Comparator.comparing((Decision<AppraisalResult> d) -> d.outcome().total()).reversed()
                .thenComparing(d -> d.outcome().employee()));
        return Collections.unmodifiableList(out);
    }

    private BigDecimal sourceScore(Map<String, BigDecimal> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Dimension d : scheme.dimensions()) {
            BigDecimal dim = BigDecimal.ZERO;
            for (Indicator ind : d.indicators()) {
                dim = dim.add(scores.get(ind.code()).multiply(ind.weight().fraction(), MC), MC);
            }
            sum = sum.add(dim.multiply(d.weight().fraction(), MC), MC);
        }
        return sum;
    }

    private String scores(Map<Source, BigDecimal> bySource, Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Source, BigDecimal> e : bySource.entrySet()) {
            if (sb.length() > 0) {
                sb.append(MessageBundle.isChinese(locale) ? "，" : ", ");
            }
            sb.append(Labels.of(e.getKey(), locale)).append(' ').append(e.getValue().toPlainString())
                    .append(" (").append(weights.of(e.getKey())).append(')');
        }
        return sb.toString();
    }

    /** How many totals in a descending array are strictly greater than a value. */
    private static int countAbove(BigDecimal[] descending, BigDecimal value) {
        int lo = 0;
        int hi = descending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (descending[mid].compareTo(value) > 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @SuppressWarnings("unchecked")
    private static Map<Source, BigDecimal>[] newArray(int n) {
        return new Map[n];
    }

    /** Builds a monthly appraisal; {@link #build()} names every missing or bad setting at once. */
    public static final class Builder {

        private AppraisalScheme scheme;
        private SourceWeights weights;
        private Bands bands;
        private UnqualifiedLadder ladder;

        private Builder() {
        }

        /** The dimensions, indicators and their weights (APR-2); required. */
        public Builder scheme(AppraisalScheme scheme) {
            this.scheme = scheme;
            return this;
        }

        /** The source weights (APR-3); required. */
        public Builder weights(SourceWeights weights) {
            this.weights = weights;
            return this;
        }

        /** The band thresholds (APR-4); required. */
        public Builder bands(Bands bands) {
            this.bands = bands;
            return this;
        }

        /**
         * The host's ladder of measures for unqualified staff (APR-4); optional: without it the
         * outcome is {@link Outcome#MEASURE_CHOSEN_BY_MANAGER}.
         */
        public Builder unqualifiedLadder(UnqualifiedLadder ladder) {
            this.ladder = ladder;
            return this;
        }

        /**
         * Builds the appraisal.
         *
         * @return the appraisal
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing setting
         */
        public MonthlyAppraisal build() {
            Violations v = Violations.create();
            v.requireNonNull(scheme, "scheme", AppraisalRules.APR_2);
            v.requireNonNull(weights, "weights", APR_3);
            v.requireNonNull(bands, "bands", APR_4);
            v.throwIfAny();
            return new MonthlyAppraisal(this);
        }
    }
}
