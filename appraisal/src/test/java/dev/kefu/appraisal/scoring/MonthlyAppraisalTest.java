package dev.kefu.appraisal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MonthlyAppraisalTest {

    static final YearMonth JUNE = YearMonth.of(2025, 6);
    static final SourceWeights WEIGHTS = new SourceWeights(Share.ofPercent(50), Share.ofPercent(30), Share.ofPercent(20));
    /** The regulation's structure with a host's weights (APR-2 gives none). */
    static final AppraisalScheme SCHEME = AppraisalScheme.regulation()
            .weight(AppraisalScheme.WORK_RESULTS, Share.ofPercent(50)).weight(AppraisalScheme.ATTITUDE, Share.ofPercent(30))
            .weight(AppraisalScheme.ABILITY, Share.ofPercent(20))
            .weight("CONSULTATION_ACCURACY", Share.ofPercent(40)).weight("ORDER_ON_TIME_RATE", Share.ofPercent(30))
            .weight("COMPLAINT_SATISFACTION", Share.ofPercent(30))
            .weight("DISCIPLINE", Share.ofPercent(50)).weight("TEAMWORK", Share.ofPercent(25)).weight("RESPONSIBILITY", Share.ofPercent(25))
            .weight("PRODUCT_KNOWLEDGE", Share.ofPercent(50)).weight("SERVICE_SKILLS", Share.ofPercent(50)).build();
    static final UnqualifiedLadder LADDER = UnqualifiedLadder.builder().fromMonth(1, Outcome.ADMONISHING_TALK)
            .fromMonth(2, Outcome.RETRAINING_AND_MAKE_UP_TEST).fromMonth(3, Outcome.TRANSFER).build();
    static final MonthlyAppraisal APPRAISAL = MonthlyAppraisal.builder().scheme(SCHEME).weights(WEIGHTS).bands(Bands.of(90, 60))
            .unqualifiedLadder(LADDER).build();

    static ScoreSheet sheet(String id, double supervisor, double customers, double self) {
        return ScoreSheet.builder(EmployeeId.of(id), JUNE).all(Source.SUPERVISOR, SCHEME, supervisor)
                .all(Source.CUSTOMERS, SCHEME, customers).all(Source.SELF, SCHEME, self).build();
    }

    private static AppraisalResult of(List<Decision<AppraisalResult>> results, String id) {
        return results.stream().map(Decision::outcome).filter(r -> r.employee().equals(EmployeeId.of(id))).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("APR-1 APR-2 APR-3 the monthly score is the weighted sum of each source's weighted dimension scores")
    void weighted_score() {
        ScoreSheet s = ScoreSheet.builder(EmployeeId.of("e1"), JUNE)
                .all(Source.SUPERVISOR, SCHEME, 80).score(Source.SUPERVISOR, "CONSULTATION_ACCURACY", 50)
                .all(Source.CUSTOMERS, SCHEME, 90).all(Source.SELF, SCHEME, 100).build();
        Decision<AppraisalResult> d = APPRAISAL.appraise(JUNE, List.of(s), Map.of(), Map.of()).get(0);
        // supervisor: work results 0.4*50 + 0.3*80 + 0.3*80 = 68; 0.5*68 + 0.3*80 + 0.2*80 = 74
        assertThat(d.outcome().sourceScores().get(Source.SUPERVISOR)).isEqualByComparingTo("74.00");
        // 0.5 * 74 + 0.3 * 90 + 0.2 * 100 = 84
        assertThat(d.outcome().total()).isEqualByComparingTo("84.00");
        assertThat(d.outcome().band()).isEqualTo(Band.QUALIFIED);
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("APR-3", "APR-4");
        assertThat(d.explain(Locale.ENGLISH)).contains("supervisor 74.00 (50%), customers 90.00 (30%), self 100.00 (20%) weighted: 84.00")
                .contains("qualified: nothing further").doesNotContainPattern("[A-Z]+_[A-Z_]+");
        assertThat(d.explain(Locale.SIMPLIFIED_CHINESE)).contains("上级 74.00").contains("合格");
    }

    @Test
    @DisplayName("APR-2 audit §4 item 3: dimension and indicator weights are required; equal weighting is not a default")
    void scheme_weights_required() {
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> AppraisalScheme.regulation().build());
        assertThat(e.violations()).extracting(Violation::path).contains("weights[WORK_RESULTS]", "weights[ATTITUDE]", "weights[ABILITY]",
                "weights[CONSULTATION_ACCURACY]", "weights[ORDER_ON_TIME_RATE]", "weights[SERVICE_SKILLS]").hasSize(11);
        assertThatThrownBy(() -> MonthlyAppraisal.builder().weights(WEIGHTS).bands(Bands.of(90, 60)).build()).hasMessageContaining("scheme");
        assertThatThrownBy(() -> AppraisalScheme.builder().dimension("R", "X", "Y").weight("R", Share.ALL).weight("X", Share.ofPercent(50))
                .weight("Y", Share.ofPercent(40)).build()).hasMessageContaining("90");
        assertThatThrownBy(() -> AppraisalScheme.builder().dimension("R", "X").dimension("S", "Y").weight("R", Share.ofPercent(50))
                .weight("S", Share.ofPercent(40)).weight("X", Share.ALL).weight("Y", Share.ALL).build()).hasMessageContaining("90");
        assertThatThrownBy(() -> AppraisalScheme.builder().dimension("R", "X").weight("R", Share.ALL).weight("X", Share.ALL)
                .weight("Z", Share.ALL).build()).hasMessageContaining("Z");
        assertThatThrownBy(() -> AppraisalScheme.builder().dimension("R", "X").dimension("R", "Y").build()).hasMessageContaining("R");
        assertThatThrownBy(() -> AppraisalScheme.builder().dimension(null).dimension("Q").weight(null, null).build())
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> AppraisalScheme.builder().build()).hasMessageContaining("dimensions");
    }

    @Test
    @DisplayName("APR-19 APR-2 training results count when the host adds an indicator with its weight")
    void training_indicator() {
        AppraisalScheme withTraining = AppraisalScheme.builder().dimension("ABILITY", "SERVICE_SKILLS")
                .indicator("ABILITY", AppraisalScheme.TRAINING_RESULTS).weight("ABILITY", Share.ALL)
                .weight("SERVICE_SKILLS", Share.ofPercent(80)).weight(AppraisalScheme.TRAINING_RESULTS, Share.ofPercent(20)).build();
        assertThat(withTraining.indicators()).containsExactly("SERVICE_SKILLS", "TRAINING_RESULTS");
        MonthlyAppraisal m = MonthlyAppraisal.builder().scheme(withTraining).bands(Bands.of(90, 60))
                .weights(new SourceWeights(Share.ALL, Share.ZERO, Share.ZERO)).build();
        ScoreSheet s = ScoreSheet.builder(EmployeeId.of("x"), JUNE).score(Source.SUPERVISOR, "SERVICE_SKILLS", 90)
                .score(Source.SUPERVISOR, AppraisalScheme.TRAINING_RESULTS, 40).build();
        assertThat(m.appraise(JUNE, List.of(s), Map.of(), Map.of()).get(0).outcome().total()).isEqualByComparingTo("80.00");
        assertThatThrownBy(() -> AppraisalScheme.builder().indicator("NOPE", "X").build()).hasMessageContaining("NOPE");
        assertThat(withTraining.toString()).contains("TRAINING_RESULTS");
    }

    @Test
    @DisplayName("APR-4 audit §4 item 2: no built-in ladder; without one the manager chooses the measure; a host ladder applies")
    void no_built_in_ladder() {
        MonthlyAppraisal plain = MonthlyAppraisal.builder().scheme(SCHEME).weights(WEIGHTS).bands(Bands.of(90, 60)).build();
        Decision<AppraisalResult> d = plain.appraise(JUNE, List.of(sheet("low", 50, 50, 50)), Map.of(), Map.of(EmployeeId.of("low"), 5)).get(0);
        assertThat(d.outcome().outcome()).isEqualTo(Outcome.MEASURE_CHOSEN_BY_MANAGER);
        assertThat(d.explain(Locale.ENGLISH)).contains("6 consecutive unqualified months: the manager chooses");
        assertThat(LADDER.measureFor(1)).isEqualTo(Outcome.ADMONISHING_TALK);
        assertThat(LADDER.measureFor(Long.MAX_VALUE)).isEqualTo(Outcome.TRANSFER);
        assertThat(LADDER.measureFor(0)).isEqualTo(Outcome.MEASURE_CHOSEN_BY_MANAGER);
        assertThatThrownBy(() -> UnqualifiedLadder.builder().fromMonth(2, Outcome.TRANSFER).build()).hasMessageContaining("fromMonth");
        assertThatThrownBy(() -> UnqualifiedLadder.builder().fromMonth(1, Outcome.REWARD).fromMonth(1, Outcome.TRANSFER).fromMonth(0, null).build())
                .hasMessageContaining("measure").hasMessageContaining("fromMonth");
        assertThat(LADDER.toString()).contains("TRANSFER");
        assertThat(Outcome.MEASURE_CHOSEN_BY_MANAGER.isUnqualifiedMeasure()).isFalse();
    }

    @Test
    @DisplayName("APR-4 bad-input 1.9: Integer.MAX_VALUE earlier failures do not wrap; negative or null counts are refused")
    void overflow_and_negatives() {
        Decision<AppraisalResult> d = APPRAISAL.appraise(JUNE, List.of(sheet("low", 50, 50, 50)), Map.of(),
                Map.of(EmployeeId.of("low"), Integer.MAX_VALUE)).get(0);
        assertThat(d.outcome().outcome()).isEqualTo(Outcome.TRANSFER);
        assertThatThrownBy(() -> APPRAISAL.appraise(JUNE, List.of(sheet("e1", 80, 80, 80)), Map.of(EmployeeId.of("e1"), -50), Map.of()))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("pointsDeducted");
        assertThatThrownBy(() -> APPRAISAL.appraise(JUNE, List.of(sheet("e1", 10, 10, 10)), Map.of(), Map.of(EmployeeId.of("e1"), -3)))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("unqualifiedBefore");
        java.util.Map<EmployeeId, Integer> nulls = new java.util.HashMap<>();
        nulls.put(EmployeeId.of("e1"), null);
        assertThatThrownBy(() -> APPRAISAL.appraise(JUNE, List.of(sheet("e1", 10, 10, 10)), nulls, nulls))
                .hasMessageContaining("pointsDeducted").hasMessageContaining("unqualifiedBefore");
    }

    @Test
    @DisplayName("APR-4 bad-input §4: an AppraisalResult keeps a copy of the source scores")
    void defensive_copy() {
        java.util.Map<Source, BigDecimal> scores = new java.util.EnumMap<>(Source.class);
        scores.put(Source.SELF, BigDecimal.TEN);
        AppraisalResult r = new AppraisalResult(EmployeeId.of("e"), scores, BigDecimal.TEN, 0, BigDecimal.TEN, 1, Band.UNQUALIFIED, Outcome.NONE);
        scores.put(Source.SUPERVISOR, BigDecimal.ONE);
        assertThat(r.sourceScores()).containsOnlyKeys(Source.SELF);
        assertThatThrownBy(() -> r.sourceScores().put(Source.SELF, BigDecimal.ONE)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new AppraisalResult(EmployeeId.of("e"), Map.of(), BigDecimal.TEN, 0, BigDecimal.TEN, 1, Band.UNQUALIFIED, Outcome.NONE)
                .sourceScores()).isEmpty();
    }

    @Test
    @DisplayName("APR-1 bad-input: NaN, infinity, null sources and indicators in a score sheet are PolicyInputException")
    void bad_scores() {
        assertThatThrownBy(() -> ScoreSheet.builder(EmployeeId.of("x"), JUNE).score(Source.SELF, "TEAMWORK", Double.NaN)
                .score(Source.SELF, "X", Double.POSITIVE_INFINITY).score(null, null, BigDecimal.ONE).all(Source.SELF, null, 1).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("scores[SELF][TEAMWORK]").hasMessageContaining("scheme");
        java.util.Map<Source, java.util.Map<String, BigDecimal>> bad = new java.util.HashMap<>();
        bad.put(Source.SELF, null);
        assertThatThrownBy(() -> new ScoreSheet(EmployeeId.of("x"), JUNE, bad)).isInstanceOf(PolicyInputException.class);
        java.util.Map<String, BigDecimal> nullKey = new java.util.HashMap<>();
        nullKey.put(null, BigDecimal.TEN);
        assertThatThrownBy(() -> new ScoreSheet(EmployeeId.of("x"), JUNE, Map.of(Source.SELF, nullKey))).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("APR-3 the source weights are required and must total exactly 100%")
    void weights_required() {
        assertThatThrownBy(() -> new SourceWeights(Share.ofPercent(50), Share.ofPercent(30), Share.ofPercent(21)))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("weights").hasMessageContaining("101");
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> MonthlyAppraisal.builder().build());
        assertThat(e.violations()).extracting(Violation::path).containsExactly("scheme", "weights", "bands");
        assertThatThrownBy(() -> new SourceWeights(null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(3));
    }

    @Test
    @DisplayName("APR-4 ranking handles ties the standard way: 1, 2, 2, 4")
    void ranking() {
        List<Decision<AppraisalResult>> r = APPRAISAL.appraise(JUNE, List.of(sheet("d", 70, 70, 70), sheet("a", 95, 95, 95),
                sheet("c", 80, 80, 80), sheet("b", 80, 80, 80)), Map.of(), Map.of());
        assertThat(r).extracting(d -> d.outcome().employee().value()).containsExactly("a", "b", "c", "d");
        assertThat(r).extracting(d -> d.outcome().rank()).containsExactly(1, 2, 2, 4);
    }

    @Test
    @DisplayName("APR-4 CMP-12 bands and outcomes; sanction points are deducted; unqualified months escalate")
    void bands_and_outcomes() {
        List<Decision<AppraisalResult>> r = APPRAISAL.appraise(JUNE, List.of(sheet("top", 95, 95, 95), sheet("mid", 70, 70, 70),
                sheet("low", 50, 50, 50), sheet("again", 50, 50, 50), sheet("third", 50, 50, 50), sheet("fined", 92, 92, 92)),
                Map.of(EmployeeId.of("fined"), 5), Map.of(EmployeeId.of("again"), 1, EmployeeId.of("third"), 2));
        assertThat(of(r, "top").outcome()).isEqualTo(Outcome.REWARD);
        assertThat(of(r, "mid").outcome()).isEqualTo(Outcome.NONE);
        assertThat(of(r, "low").outcome()).isEqualTo(Outcome.ADMONISHING_TALK);
        assertThat(of(r, "again").outcome()).isEqualTo(Outcome.RETRAINING_AND_MAKE_UP_TEST);
        assertThat(of(r, "third").outcome()).isEqualTo(Outcome.TRANSFER);
        AppraisalResult fined = of(r, "fined");
        assertThat(fined.pointsDeducted()).isEqualTo(5);
        assertThat(fined.total()).isEqualByComparingTo("87.00");
        assertThat(fined.band()).isEqualTo(Band.QUALIFIED);
        Decision<AppraisalResult> d = r.stream().filter(x -> x.outcome().employee().value().equals("fined")).findFirst().orElseThrow();
        assertThat(d.ruleIds()).extracting(Object::toString).contains("CMP-12");
        assertThat(APPRAISAL.appraise(JUNE, List.of(sheet("x", 3, 3, 3)), Map.of(EmployeeId.of("x"), 10), Map.of()).get(0).outcome().total())
                .isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("APR-1 bad sheets are refused naming the field: a score of -1, another month, a missing score, a repeat")
    void bad_sheets() {
        assertThatThrownBy(() -> ScoreSheet.builder(EmployeeId.of("x"), JUNE).score(Source.SELF, "TEAMWORK", -1).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("scores[SELF][TEAMWORK]");
        assertThatThrownBy(() -> ScoreSheet.builder(EmployeeId.of("x"), JUNE).score(Source.SELF, "TEAMWORK", 100.5).build())
                .hasMessageContaining("0 to 100");
        ScoreSheet july = ScoreSheet.builder(EmployeeId.of("x"), YearMonth.of(2025, 7)).all(Source.SUPERVISOR, SCHEME, 80)
                .all(Source.CUSTOMERS, SCHEME, 80).all(Source.SELF, SCHEME, 80).build();
        ScoreSheet partial = ScoreSheet.builder(EmployeeId.of("y"), JUNE).all(Source.SUPERVISOR, SCHEME, 80).build();
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> APPRAISAL.appraise(JUNE, List.of(july, partial, sheet("z", 1, 1, 1), sheet("z", 1, 1, 1)), Map.of(), Map.of()));
        assertThat(e.violations()).extracting(Violation::path)
                .contains("sheets[0].month", "sheets[1].scores[CUSTOMERS][CONSULTATION_ACCURACY]", "sheets[3].employee");
        assertThatThrownBy(() -> APPRAISAL.appraise(null, null, null, null)).hasMessageContaining("month");
    }

    @Test
    @DisplayName("APR-2 APR-3 a source weighted 0% need not score; schemes are configurable")
    void zero_weight_and_custom_scheme() {
        AppraisalScheme two = AppraisalScheme.builder().dimension("RESULTS", "SALES").dimension("CONDUCT", "DISCIPLINE")
                .weight("RESULTS", Share.HALF).weight("CONDUCT", Share.HALF).weight("SALES", Share.ALL).weight("DISCIPLINE", Share.ALL).build();
        MonthlyAppraisal m = MonthlyAppraisal.builder().scheme(two).bands(Bands.of(90, 60))
                .weights(new SourceWeights(Share.ofPercent(100), Share.ZERO, Share.ZERO)).build();
        ScoreSheet s = ScoreSheet.builder(EmployeeId.of("x"), JUNE).score(Source.SUPERVISOR, "SALES", 90).score(Source.SUPERVISOR, "DISCIPLINE", 70).build();
        assertThat(m.appraise(JUNE, List.of(s), Map.of(), Map.of()).get(0).outcome().total()).isEqualByComparingTo("80");
        assertThatThrownBy(() -> AppraisalScheme.builder().dimension("A", "X").dimension("B", "X").weight("A", Share.HALF).weight("B", Share.HALF)
                .weight("X", Share.ALL).build()).hasMessageContaining("X");
        assertThatThrownBy(() -> new Dimension(" ", null, List.of())).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new Indicator(" ", null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Bands.of(60, 90)).hasMessageContaining("excellentFrom");
        assertThatThrownBy(() -> Bands.of(101, -1)).hasMessageContaining("qualifiedFrom");
        assertThat(Bands.of(90, 60).bandOf(new BigDecimal("90"))).isEqualTo(Band.EXCELLENT);
        assertThat(Bands.of(90, 60).bandOf(new BigDecimal("59.99"))).isEqualTo(Band.UNQUALIFIED);
        assertThat(AppraisalMessages.BUNDLE.keys(Locale.CHINA)).isEqualTo(AppraisalMessages.BUNDLE.keys(Locale.ENGLISH));
    }
}
