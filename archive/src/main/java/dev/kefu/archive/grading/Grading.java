package dev.kefu.archive.grading;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.money.Share;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The built-in grading strategies of ARC-5 (客户等级分类): the company sets the grade standards
 * and each customer gets a grade.
 * <pre>{@code
 * GradeBook book = Grading.thresholds()
 *         .tier(Grade.of("A"), Money.yuan(1_000_000))
 *         .tier(Grade.of("B"), Money.yuan(200_000))
 *         .otherwise(Grade.of("C"))
 *         .build()
 *         .grade(sales);
 * GradeBook abc = Grading.abc().grade(sales);                     // 80% / 95% cut-offs
 * GradeBook rfm = Grading.rfm(LocalDate.of(2025, 12, 31), score -> mySegment(score)).grade(purchases);
 * }</pre>
 */
public final class Grading {

    static final RuleId ARC_5 = RuleId.of("ARC-5");

    private Grading() {
    }

    /**
     * Grading by thresholds on a measure such as 12-month sales. The regulation gives no
     * tiers, so there are no defaults: at least one tier and the grade for customers below
     * every tier are required.
     *
     * @return a builder, not null
     */
    public static ThresholdGrading.Builder thresholds() {
        return new ThresholdGrading.Builder();
    }

    /**
     * ABC (Pareto) grading with the given cut-offs; see {@link AbcGrading}.
     *
     * @param aCutOff  the A cut-off, above 0%
     * @param bCutOff  the B cut-off, at least the A cut-off
     * @return the strategy, not null
     * @throws dev.kefu.core.validation.PolicyInputException if the cut-offs are out of order
     */
    public static GradingStrategy<CustomerSales> abc(Share aCutOff, Share bCutOff) {
        return new AbcGrading(aCutOff, bCutOff);
    }

    /**
     * RFM grading (recency, frequency, monetary value, scored 1–5 by quintiles) as of an
     * explicit date; see {@link RfmGrading}.
     *
     * @param asOf  the day the scores are computed for; later purchases are ignored
     * @param segmentation  maps a score to the grade (segment), defined by the host (the regulation gives no segments)
     * @return the strategy, not null
     */
    public static GradingStrategy<Purchase> rfm(LocalDate asOf, Function<RfmScore, Grade> segmentation) {
        return new RfmGrading(asOf, segmentation);
    }
}
