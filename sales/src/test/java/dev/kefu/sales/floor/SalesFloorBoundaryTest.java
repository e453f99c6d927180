package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.A;
import static dev.kefu.sales.floor.Fixtures.B;
import static dev.kefu.sales.floor.Fixtures.at;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SalesFloorBoundaryTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 15);

    @Test
    @DisplayName("EST-3 a period of exactly 3660 days is accepted; 3661 days is refused")
    void longestPeriod() {
        LocalDate from = LocalDate.of(2020, 1, 1);
        assertThat(DailyReporting.regulation().check(from, from.plusDays(3660), List.of(), List.of(), List.of()).outcome().isClear()).isTrue();
        rejects(() -> DailyReporting.regulation().check(from, from.plusDays(3661), List.of(), List.of(), List.of()), "to");
        assertThat(DailyReporting.regulation().check(from, from, List.of(), List.of(), List.of()).outcome().isClear()).isTrue();
        rejects(() -> DailyReporting.regulation().check(from, LocalDate.MAX, List.of(), List.of(), List.of()), "to");
    }

    @Test
    @DisplayName("EST-6 a payment made on the day asked about counts, one made the day after does not; likewise a notice")
    void sameDayCounts() {
        LocalDate asOf = LocalDate.of(2026, 6, 1);
        DefaultAssessment paid = PaymentDefaultPolicy.regulation().assess(new DefaultCase(DUE, Money.yuan(10),
                List.of(Payment.atFinance(Money.yuan(10), asOf, "F")), List.of(), asOf)).outcome();
        assertThat(paid.stage()).isEqualTo(DefaultStage.SETTLED);
        DefaultAssessment later = PaymentDefaultPolicy.regulation().assess(new DefaultCase(DUE, Money.yuan(10),
                List.of(Payment.atFinance(Money.yuan(10), asOf.plusDays(1), "F")), List.of(asOf), asOf)).outcome();
        assertThat(later.stage()).isEqualTo(DefaultStage.BREACH);
        assertThat(later.credited()).isEqualTo(Money.ZERO);
        DefaultAssessment noticeLater = PaymentDefaultPolicy.regulation().assess(new DefaultCase(DUE, Money.yuan(10), List.of(),
                List.of(asOf.plusDays(1)), asOf)).outcome();
        assertThat(noticeLater.noticeRecorded()).isEqualTo(NoticeStatus.NONE);
        DefaultAssessment dayAfterDue = PaymentDefaultPolicy.regulation().assess(new DefaultCase(DUE, Money.yuan(10), List.of(),
                List.of(DUE.plusDays(1)), DUE.plusDays(1))).outcome();
        assertThat(dayAfterDue.noticeRecorded()).isEqualTo(NoticeStatus.RECORDED);
        assertThat(dayAfterDue.arrears()).isEqualTo(Money.yuan(10));
    }

    @Test
    @DisplayName("EST-15 of two daily sheets the earliest counts, in either order")
    void earliestSheetEitherOrder() {
        PlanSheets plans = PlanSheets.builder().morningCutoff(LocalTime.of(9, 0)).build();
        LocalDate mon = LocalDate.of(2026, 3, 2);
        PlanSheet early = PlanSheet.daily(A, mon, at("2026-03-02T08:00"), at("2026-03-02T18:00"));
        PlanSheet late = PlanSheet.daily(A, mon, at("2026-03-02T10:00"), at("2026-03-02T18:00"));
        assertThat(plans.check(mon, mon, List.of(A), List.of(early, late)).outcome().isClear()).isTrue();
        assertThat(plans.check(mon, mon, List.of(A), List.of(late, early)).outcome().isClear()).isTrue();
        assertThat(plans.check(mon, mon, List.of(A), List.of(late)).outcome().of(GapKind.LATE_DAILY_PLAN)).hasSize(1);
    }

    @Test
    @DisplayName("EST-1…EST-15 gaps carry rule, kind, day and person, and explain themselves in both languages")
    void gapValues() {
        FloorGap g = new FloorGap(GapKind.NO_MINUTES, DUE, null, "gap.noMinutes", DUE.toString());
        FloorGap same = new FloorGap(GapKind.NO_MINUTES, DUE, null, "gap.noMinutes", DUE.toString());
        FloorGap other = new FloorGap(GapKind.NO_REGISTRATION, DUE, A, "gap.noRegistration", DUE.toString(), A);
        assertThat(g).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo("x");
        assertThat(g.rule()).isEqualTo(SalesFloorRules.EST_3);
        assertThat(g.employee()).isEmpty();
        assertThat(other.employee()).contains(A);
        assertThat(g.explain(Locale.ENGLISH)).contains("minutes");
        assertThat(g.explain(Locale.CHINA)).contains("会议记录");
        assertThat(g.toString()).contains("EST-3");
        GapReport r = new GapReport(List.of(g, other));
        assertThat(r.isClear()).isFalse();
        assertThat(r.of(GapKind.NO_MINUTES)).containsExactly(g);
        assertThat(GapReport.decide(List.of(), SalesFloorRules.EST_3, SalesFloorRules.EST_4).ruleIds())
                .containsExactly(SalesFloorRules.EST_3, SalesFloorRules.EST_4);
    }

    @Test
    @DisplayName("EST-4/EST-7/EST-9/EST-10 outcome values copy their collections and print without personal data")
    void values() {
        Set<ExchangePrinciple> met = EnumSet.of(ExchangePrinciple.CHEAP_FOR_DEAR);
        ExchangeAssessment a = new ExchangeAssessment(met, ExchangeStanding.WITHIN_PRINCIPLE, Optional.empty());
        met.add(ExchangePrinciple.SMALL_FOR_LARGE);
        assertThat(a.met()).containsExactly(ExchangePrinciple.CHEAP_FOR_DEAR);
        assertThat(new ExchangeAssessment(Set.of(), ExchangeStanding.OUTSIDE_PRINCIPLE, Optional.empty()).met()).isEmpty();
        assertThat(new RefundOutcome(RefundVerdict.RETENTION, Money.ZERO, List.of(), "private reason").toString()).doesNotContain("private");
        assertThat(new Standby.Answer(Optional.of(B)).rep()).contains(B);
        assertThat(Unit.of("u", BigDecimal.ONE, Money.yuan(1)).code()).isEqualTo("u");
        assertThat(SalesControlBoard.of(List.of("u")).toString()).contains("1 units");
        assertThat(SalesControlBoard.of(List.of("u"))).isNotEqualTo("u");
        assertThat(RoleLabel.of("经理", "manager").english()).isEqualTo("manager");
    }
}
