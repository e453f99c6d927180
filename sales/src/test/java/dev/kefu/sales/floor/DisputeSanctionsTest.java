package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.A;
import static dev.kefu.sales.floor.Fixtures.explained;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DisputeSanctionsTest {

    private static final DisputeSanctions EST2 = DisputeSanctions.regulation();

    @Test
    @DisplayName("EST-2 verified deliberate provocation: dismissal (not expulsion) and 50% of that month's deal bonus withheld; ATT-2 matched, not applied")
    void sanctioned() {
        Decision<DisputeOutcome> d = EST2.decide(new DisputeCase(A, LocalDate.of(2026, 3, 31), ConductFinding.DELIBERATE_PROVOCATION_VERIFIED,
                Money.of("3000.01")));
        DisputeOutcome o = d.outcome();
        assertThat(o.verdict()).isEqualTo(DisputeVerdict.SANCTIONED);
        Sanction s = o.sanction().orElseThrow();
        assertThat(s.isDismissal()).isTrue();
        assertThat(s.isExpulsion()).isFalse();
        assertThat(s.find(SanctionMeasure.BonusShareWithheld.class).orElseThrow().share()).isEqualTo(Share.HALF);
        assertThat(o.bonusMonth()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(o.withheld().plus(o.paid())).isEqualTo(Money.of("3000.01"));
        assertThat(o.withheld()).isIn(Money.of("1500.01"), Money.of("1500.00"));
        assertThat(o.matched()).containsExactly(SalesFloorRules.ATT_2);
        assertThat(d.ruleIds()).doesNotContain(SalesFloorRules.ATT_2).contains(SalesFloorRules.EST_2);
        assertThat(explained(d)).contains("dismissal").contains("2026-03").contains("ATT-2");
    }

    @Test
    @DisplayName("EST-2 an allegation not yet verified (一经查实) takes no sanction")
    void alleged() {
        Decision<DisputeOutcome> d = EST2.decide(new DisputeCase(A, LocalDate.of(2026, 3, 1), ConductFinding.DELIBERATE_PROVOCATION_ALLEGED, Money.yuan(100)));
        assertThat(d.outcome().verdict()).isEqualTo(DisputeVerdict.AWAITING_VERIFICATION);
        assertThat(d.outcome().sanction()).isEmpty();
        assertThat(d.outcome().withheld()).isEqualTo(Money.ZERO);
        assertThat(d.outcome().paid()).isEqualTo(Money.yuan(100));
        explained(d);
    }

    @Test
    @DisplayName("EST-2 reading: an ordinary lapse of courtesy is not this rule; ATT-2 or CMP-12 decide")
    void courtesyLapse() {
        Decision<DisputeOutcome> d = EST2.decide(new DisputeCase(A, LocalDate.of(2026, 3, 1), ConductFinding.COURTESY_LAPSE, Money.ZERO));
        assertThat(d.outcome().verdict()).isEqualTo(DisputeVerdict.NOT_THIS_RULE);
        assertThat(d.outcome().matched()).containsExactly(SalesFloorRules.ATT_2, SalesFloorRules.CMP_12);
        assertThat(explained(d)).contains("ATT-2 or CMP-12");
    }

    @Test
    @DisplayName("EST-2 the bonus month is the month of the act: 1 April is April, not March")
    void monthOfAct() {
        DisputeOutcome o = EST2.decide(new DisputeCase(A, LocalDate.of(2026, 4, 1), ConductFinding.DELIBERATE_PROVOCATION_VERIFIED, Money.yuan(10))).outcome();
        assertThat(o.bonusMonth()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(o.withheld()).isEqualTo(Money.yuan(5));
    }

    @Test
    @DisplayName("EST-2 withheld share is configurable; 0% or null is refused at build()")
    void builder() {
        DisputeSanctions all = DisputeSanctions.builder().withheldShare(Share.ALL).build();
        assertThat(all.withheldShare()).isEqualTo(Share.ALL);
        DisputeOutcome o = all.decide(new DisputeCase(A, LocalDate.of(2026, 4, 1), ConductFinding.DELIBERATE_PROVOCATION_VERIFIED, Money.yuan(10))).outcome();
        assertThat(o.withheld()).isEqualTo(Money.yuan(10));
        assertThat(o.paid()).isEqualTo(Money.ZERO);
        assertThat(DisputeSanctions.regulation().withheldShare()).isEqualTo(Share.HALF);
        rejects(() -> DisputeSanctions.builder().withheldShare(Share.ZERO).build(), "withheldShare");
        rejects(() -> DisputeSanctions.builder().withheldShare(null).build(), "withheldShare");
        assertThat(DisputeSanctions.builder().withheldShare(null).withheldShare(Share.HALF).build().withheldShare()).isEqualTo(Share.HALF);
    }

    @Test
    @DisplayName("EST-2 malformed case: nulls and a negative bonus are listed together")
    void malformed() {
        rejects(() -> EST2.decide(null), "case");
        rejects(() -> EST2.decide(new DisputeCase(null, null, null, Money.yuan(-1))), "rep", "committedOn", "finding", "monthDealBonusDue");
        rejects(() -> EST2.decide(new DisputeCase(A, LocalDate.of(2026, 1, 1), ConductFinding.COURTESY_LAPSE, null)), "monthDealBonusDue");
    }
}
