package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.explained;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.PolicyInputException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnitExchangePolicyTest {

    private static final RoleLabel MANAGER = RoleLabel.of("销售经理", "sales manager");
    // rank 1 is the best
    private static final UnitExchangePolicy POLICY = UnitExchangePolicy.builder()
            .ranking(UnitRanking.of(Map.of("1-101", 2, "1-102", 1, "1-103", 3, "1-104", 2)))
            .outsidePrincipleApprover(MANAGER).build();

    private static Unit unit(String code, String area, long price) {
        return Unit.of(code, new BigDecimal(area), Money.yuan(price));
    }

    @Test
    @DisplayName("EST-4 larger, worse-ranked (R2 literal 以好换差) and dearer: all three principles met, within principle")
    void allThree() {
        Decision<ExchangeAssessment> d = POLICY.assess(unit("1-102", "80", 800_000), unit("1-103", "90", 900_000));
        assertThat(d.outcome().met()).containsExactly(ExchangePrinciple.SMALL_FOR_LARGE, ExchangePrinciple.GOOD_FOR_POOR,
                ExchangePrinciple.CHEAP_FOR_DEAR);
        assertThat(d.outcome().standing()).isEqualTo(ExchangeStanding.WITHIN_PRINCIPLE);
        assertThat(d.outcome().approver()).isEmpty();
        assertThat(explained(d)).contains("3 of the three");
    }

    @Test
    @DisplayName("EST-4 R2: taking a BETTER-ranked unit does not meet 以好换差; one principle (dearer) still puts it within principle")
    void betterUnitIsNotGoodForPoor() {
        Decision<ExchangeAssessment> d = POLICY.assess(unit("1-103", "90", 800_000), unit("1-102", "90", 800_001));
        assertThat(d.outcome().met()).containsExactly(ExchangePrinciple.CHEAP_FOR_DEAR);
        assertThat(d.outcome().standing()).isEqualTo(ExchangeStanding.WITHIN_PRINCIPLE);
    }

    @Test
    @DisplayName("EST-4 boundary: equal area, equal rank and equal price meet no principle: outside principle, naming the approver")
    void equalIsOutside() {
        Decision<ExchangeAssessment> d = POLICY.assess(unit("1-101", "90", 900_000), unit("1-104", "90.00", 900_000));
        assertThat(d.outcome().met()).isEmpty();
        assertThat(d.outcome().standing()).isEqualTo(ExchangeStanding.OUTSIDE_PRINCIPLE);
        assertThat(d.outcome().approver()).contains(MANAGER);
        assertThat(explained(d)).contains("sales manager");
        assertThat(d.explain(java.util.Locale.CHINA)).contains("销售经理");
    }

    @Test
    @DisplayName("EST-4 boundary: 0.01 m² larger meets small-for-large; 0.01 yuan dearer meets cheap-for-dear")
    void smallestDifferences() {
        assertThat(POLICY.assess(unit("1-101", "90", 900_000), unit("1-104", "90.01", 900_000)).outcome().met())
                .containsExactly(ExchangePrinciple.SMALL_FOR_LARGE);
        assertThat(POLICY.assess(Unit.of("1-101", BigDecimal.TEN, Money.of("100.00")), Unit.of("1-104", BigDecimal.TEN, Money.of("100.01")))
                .outcome().met()).containsExactly(ExchangePrinciple.CHEAP_FOR_DEAR);
        assertThat(POLICY.assess(unit("1-104", "90", 900_000), unit("1-103", "90", 900_000)).outcome().met())
                .containsExactly(ExchangePrinciple.GOOD_FOR_POOR);
    }

    @Test
    @DisplayName("EST-4 required settings: ranking and outsidePrincipleApprover missing fail at build() naming each")
    void requiredSettings() {
        PolicyInputException e = rejects(() -> UnitExchangePolicy.builder().build(), "ranking", "outsidePrincipleApprover");
        assertThat(e.violations()).allMatch(v -> v.rule().orElseThrow().equals(SalesFloorRules.EST_4));
        rejects(() -> UnitExchangePolicy.builder().ranking(null).outsidePrincipleApprover(null).build(), "ranking", "outsidePrincipleApprover");
    }

    @Test
    @DisplayName("EST-4 malformed units, rankings and requests are PolicyInputExceptions")
    void malformed() {
        rejects(() -> Unit.of(" ", BigDecimal.ZERO, Money.ZERO), "code", "floorArea", "price");
        rejects(() -> Unit.of(null, null, null), "code", "floorArea", "price");
        rejects(() -> UnitRanking.of(Map.of()), "rankByUnitCode");
        rejects(() -> UnitRanking.of(null), "rankByUnitCode");
        rejects(() -> UnitRanking.of(Map.of("x", 0)), "rankByUnitCode[x]");
        Map<String, Integer> bad = new HashMap<>();
        bad.put(" ", 1);
        bad.put("y", null);
        rejects(() -> UnitRanking.of(bad), "rankByUnitCode", "rankByUnitCode[y]");
        rejects(() -> POLICY.assess(null, null), "current", "requested");
        rejects(() -> POLICY.assess(unit("1-101", "9", 9), unit("1-101", "10", 10)), "requested");
        rejects(() -> POLICY.assess(unit("9-999", "9", 9), unit("8-888", "10", 10)), "current", "requested");
        rejects(() -> UnitRanking.of(Map.of("a", 1)).rankOf("b"), "unit");
        rejects(() -> RoleLabel.of("", null), "chinese", "english");
        assertThat(UnitRanking.of(Map.of("a", 1)).ranks(null)).isFalse();
        assertThat(UnitRanking.of(Map.of("a", 1)).toString()).contains("1 units");
    }
}
