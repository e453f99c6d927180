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
    static final MonthlyAppraisal APPRAISAL = MonthlyAppraisal.builder().weights(WEIGHTS).bands(Bands.of(90, 60)).build();

    static ScoreSheet sheet(String id, double supervisor, double customers, double self) {
        return ScoreSheet.builder(EmployeeId.of(id), JUNE).all(Source.SUPERVISOR, AppraisalScheme.STANDARD, supervisor)
                .all(Source.CUSTOMERS, AppraisalScheme.STANDARD, customers).all(Source.SELF, AppraisalScheme.STANDARD, self).build();
    }

    private static AppraisalResult of(List<Decision<AppraisalResult>> results, String id) {
        return results.stream().map(Decision::outcome).filter(r -> r.employee().equals(EmployeeId.of(id))).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("APR-1 APR-2 APR-3 the monthly score is the weighted sum of each source's mean of dimension means")
    void weighted_score() {
        ScoreSheet s = ScoreSheet.builder(EmployeeId.of("e1"), JUNE)
                .all(Source.SUPERVISOR, AppraisalScheme.STANDARD, 80).score(Source.SUPERVISOR, "CONSULTATION_ACCURACY", 50)
                .all(Source.CUSTOMERS, AppraisalScheme.STANDARD, 90).all(Source.SELF, AppraisalScheme.STANDARD, 100).build();
        Decision<AppraisalResult> d = APPRAISAL.appraise(JUNE, List.of(s), Map.of(), Map.of()).get(0);
        // supervisor: work results (50+80+80)/3 = 70, attitude 80, ability 80 -> 76.6667
        assertThat(d.outcome().sourceScores().get(Source.SUPERVISOR)).isEqualByComparingTo("76.67");
        // 0.5 * 76.6667 + 0.3 * 90 + 0.2 * 100 = 85.3333
        assertThat(d.outcome().total()).isEqualByComparingTo("85.33");
        assertThat(d.outcome().band()).isEqualTo(Band.QUALIFIED);
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("APR-3", "APR-4");
        assertThat(d.explain(Locale.ENGLISH)).contains("weighted supervisor 50%, customers 30%, self 20%: 85.33");
    }

    @Test
    @DisplayName("APR-3 the source weights are required and must total exactly 100%")
    void weights_required() {
        assertThatThrownBy(() -> new SourceWeights(Share.ofPercent(50), Share.ofPercent(30), Share.ofPercent(21)))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("weights").hasMessageContaining("101");
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> MonthlyAppraisal.builder().build());
        assertThat(e.violations()).extracting(Violation::path).containsExactly("weights", "bands");
        assertThatThrownBy(() -> MonthlyAppraisal.builder().weights(WEIGHTS).bands(Bands.of(90, 60)).unqualifiedLadder(1, 0).build())
                .hasMessageContaining("unqualifiedLadder");
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
        ScoreSheet july = ScoreSheet.builder(EmployeeId.of("x"), YearMonth.of(2025, 7)).all(Source.SUPERVISOR, AppraisalScheme.STANDARD, 80)
                .all(Source.CUSTOMERS, AppraisalScheme.STANDARD, 80).all(Source.SELF, AppraisalScheme.STANDARD, 80).build();
        ScoreSheet partial = ScoreSheet.builder(EmployeeId.of("y"), JUNE).all(Source.SUPERVISOR, AppraisalScheme.STANDARD, 80).build();
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> APPRAISAL.appraise(JUNE, List.of(july, partial, sheet("z", 1, 1, 1), sheet("z", 1, 1, 1)), Map.of(), Map.of()));
        assertThat(e.violations()).extracting(Violation::path)
                .contains("sheets[0].month", "sheets[1].scores[CUSTOMERS][CONSULTATION_ACCURACY]", "sheets[3].employee");
        assertThatThrownBy(() -> APPRAISAL.appraise(null, null, null, null)).hasMessageContaining("month");
    }

    @Test
    @DisplayName("APR-2 APR-3 a source weighted 0% need not score; schemes are configurable")
    void zero_weight_and_custom_scheme() {
        AppraisalScheme two = new AppraisalScheme(List.of(new Dimension("RESULTS", List.of("SALES")), new Dimension("CONDUCT", List.of("DISCIPLINE"))));
        MonthlyAppraisal m = MonthlyAppraisal.builder().scheme(two).bands(Bands.of(90, 60))
                .weights(new SourceWeights(Share.ofPercent(100), Share.ZERO, Share.ZERO)).build();
        ScoreSheet s = ScoreSheet.builder(EmployeeId.of("x"), JUNE).score(Source.SUPERVISOR, "SALES", 90).score(Source.SUPERVISOR, "DISCIPLINE", 70).build();
        assertThat(m.appraise(JUNE, List.of(s), Map.of(), Map.of()).get(0).outcome().total()).isEqualByComparingTo("80");
        assertThatThrownBy(() -> new AppraisalScheme(List.of(new Dimension("A", List.of("X")), new Dimension("B", List.of("X")))))
                .hasMessageContaining("X");
        assertThatThrownBy(() -> new AppraisalScheme(List.of())).hasMessageContaining("dimensions");
        assertThatThrownBy(() -> new Dimension(" ", List.of())).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Bands.of(60, 90)).hasMessageContaining("excellentFrom");
        assertThatThrownBy(() -> Bands.of(101, -1)).hasMessageContaining("qualifiedFrom");
        assertThat(Bands.of(90, 60).bandOf(new BigDecimal("90"))).isEqualTo(Band.EXCELLENT);
        assertThat(Bands.of(90, 60).bandOf(new BigDecimal("59.99"))).isEqualTo(Band.UNQUALIFIED);
        assertThat(AppraisalMessages.BUNDLE.keys(Locale.CHINA)).isEqualTo(AppraisalMessages.BUNDLE.keys(Locale.ENGLISH));
    }
}
