package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.A;
import static dev.kefu.sales.floor.Fixtures.B;
import static dev.kefu.sales.floor.Fixtures.at;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.PolicyInputException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SalesFloorSettingsTest {

    private static final LocalDate FRI = LocalDate.of(2026, 3, 6);

    @Test
    @DisplayName("EST-4 a policy built in place uses its ranking and approver")
    void exchangeBuiltInPlace() {
        RoleLabel director = RoleLabel.of("总监", "director");
        UnitExchangePolicy p = UnitExchangePolicy.builder().ranking(UnitRanking.of(Map.of("x", 1, "y", 1))).outsidePrincipleApprover(director).build();
        ExchangeAssessment a = p.assess(Unit.of("x", BigDecimal.TEN, Money.yuan(1)), Unit.of("y", BigDecimal.TEN, Money.yuan(1))).outcome();
        assertThat(a.standing()).isEqualTo(ExchangeStanding.OUTSIDE_PRINCIPLE);
        assertThat(a.approver()).contains(director);
        rejects(() -> p.assess(null, Unit.of("y", BigDecimal.TEN, Money.yuan(1))), "current");
        rejects(() -> p.assess(Unit.of("y", BigDecimal.TEN, Money.yuan(1)), null), "requested");
    }

    @Test
    @DisplayName("EST-7 a policy built in place grants through its configured approver")
    void refundBuiltInPlace() {
        RoleLabel gm = RoleLabel.of("总经理", "general manager");
        RefundPolicy p = RefundPolicy.builder().beforeSigning(RefundAuthority.grantedBy(gm)).build();
        assertThat(p.decide(RefundRequest.approved(ContractStage.NOT_SIGNED, "r", List.of(), gm)).outcome().verdict())
                .isEqualTo(RefundVerdict.GRANTED);
        assertThat(RefundPolicy.builder().beforeSigning(RefundAuthority.noneGranted()).build()
                .decide(RefundRequest.approved(ContractStage.NOT_SIGNED, "r", List.of(), gm)).outcome().verdict()).isEqualTo(RefundVerdict.RETENTION);
    }

    @Test
    @DisplayName("EST-15 the weekly-plan day and the zone are used: Friday plans; a plan at 09:30 Tokyo is 08:30 Shanghai")
    void planSettingsUsed() {
        PlanSheets friday = PlanSheets.builder().morningCutoff(LocalTime.of(9, 0)).weeklyPlanDay(DayOfWeek.FRIDAY).build();
        List<PlanSheet> daily = List.of(PlanSheet.daily(A, FRI, at("2026-03-06T08:00"), at("2026-03-06T18:00")));
        assertThat(friday.check(FRI, FRI, List.of(A), daily).outcome().of(GapKind.NO_WEEKLY_PLAN)).hasSize(1);
        PlanSheets tokyo = PlanSheets.builder().morningCutoff(LocalTime.of(9, 0)).zone(ZoneId.of("Asia/Tokyo")).build();
        // 08:30 in Shanghai is 09:30 in Tokyo: late there
        assertThat(tokyo.check(FRI, FRI, List.of(A), List.of(PlanSheet.daily(A, FRI, at("2026-03-06T08:30"), at("2026-03-06T18:00"))))
                .outcome().of(GapKind.LATE_DAILY_PLAN)).hasSize(1);
    }

    @Test
    @DisplayName("EST-14 the zone is used for days and times; a weekly interval of 1 day is the smallest accepted")
    void registerSettingsUsed() {
        Registers tokyo = Registers.builder().assistantDeadline(Duration.ofMinutes(1)).zone(ZoneId.of("Asia/Tokyo")).weeklyInterval(Period.ofDays(1)).build();
        Map<EmployeeId, FloorRole> roles = Map.of(A, FloorRole.SALES_REP, B, FloorRole.SALES_REP);
        var d = tokyo.check(FRI, FRI, roles, List.of(RegisterEntry.reception(RegisterKind.VISITOR_REGISTER, A, B, at("2026-03-06T10:00"))),
                List.of(FRI));
        assertThat(d.explain(java.util.Locale.ENGLISH)).contains("2026-03-06 11:00");
        rejects(() -> Registers.builder().assistantDeadline(Duration.ofMinutes(1)).weeklyInterval(Period.ofDays(0)).build(), "weeklyInterval");
        rejects(() -> Registers.builder().assistantDeadline(Duration.ofMinutes(1)).weeklyInterval(Period.of(1, 0, 7)).build(), "weeklyInterval");
        rejects(() -> Registers.builder().assistantDeadline(Duration.ofMinutes(1)).weeklyInterval(Period.of(0, 1, 7)).build(), "weeklyInterval");
    }

    @Test
    @DisplayName("EST-6 collectionMonths 1 is the smallest accepted; EST-11 1 copy is the smallest accepted, a count of 0 on paper is a gap")
    void smallestSettings() {
        assertThat(PaymentDefaultPolicy.builder().collectionMonths(1).build().collectionMonths()).isEqualTo(1);
        SubscriptionPaperwork one = SubscriptionPaperwork.builder().copies(CopyHolder.SALES_DEPARTMENT, 1).build();
        assertThat(one.totalCopies()).isEqualTo(3);
        Map<CopyHolder, Integer> zero = new HashMap<>(Map.of(CopyHolder.CUSTOMER, 0, CopyHolder.FINANCE, 1, CopyHolder.SALES_DEPARTMENT, 1));
        assertThat(one.checkDeposit(DepositPaperwork.withReceipt("u", "R", zero)).outcome().of(GapKind.WRONG_COPIES)).hasSize(1);
        PolicyInputException e = rejects(() -> DepositPaperwork.withReceipt("u", "R", Map.of(CopyHolder.CUSTOMER, -1)), "copiesSigned");
        assertThat(e.violations()).hasSize(1);
    }

    @Test
    @DisplayName("EST-10 a blank and a repeated unit code are two violations")
    void boardViolations() {
        PolicyInputException e = rejects(() -> SalesControlBoard.of(List.of("a", "a", " ")), "unitCodes");
        assertThat(e.violations()).hasSize(2);
    }

    @Test
    @DisplayName("EST-12/EST-13 each missing contact field and each signed kind has its own explanation")
    void distinctTexts() {
        SubscriptionPaperwork paper = SubscriptionPaperwork.regulation();
        SubscriptionAgreement blankPhone = SubscriptionAgreement.builder().unit("u").price(Money.yuan(10)).deposit(Money.yuan(1))
                .balance(Money.yuan(9)).mailingAddress("a").postcode("200001").telephone(" ").build();
        assertThat(paper.checkAgreement(blankPhone).explain(java.util.Locale.ENGLISH)).contains("telephone is missing");
        SubscriptionAgreement badPhone = SubscriptionAgreement.builder().unit("u").price(Money.yuan(10)).deposit(Money.yuan(1))
                .balance(Money.yuan(9)).mailingAddress("a").postcode("200001").telephone("abc").build();
        assertThat(paper.checkAgreement(badPhone).explain(java.util.Locale.ENGLISH)).contains("not a telephone number");
        assertThat(blankPhone.toString()).contains("u");
        EmployeeId s = EmployeeId.of("S");
        var d = ControlledForms.check(s, s, List.of(new ControlledForms.Draw(ControlledForms.FormKind.SUBSCRIPTION_FORM, "1", A)), List.of(),
                List.of(new ControlledForms.Kept(ControlledForms.SignedKind.ORDER, "O", A),
                        new ControlledForms.Kept(ControlledForms.SignedKind.SUBSCRIPTION_AGREEMENT, "S", A)));
        assertThat(d.explain(java.util.Locale.ENGLISH)).contains("subscription form 1").contains("signed order O").contains("signed subscription agreement S");
    }

    @Test
    @DisplayName("EST-7/EST-8/EST-10 values hash by content and print a summary")
    void hashing() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(Payment.atFinance(Money.yuan(1), day, "F").hashCode()).isNotEqualTo(Payment.atFinance(Money.yuan(2), day, "F").hashCode());
        assertThat(RefundAuthority.grantedBy(RoleLabel.of("甲", "a")).hashCode()).isNotEqualTo(RefundAuthority.noneGranted().hashCode());
        assertThat(SalesControlBoard.of(List.of("a")).hashCode()).isNotEqualTo(SalesControlBoard.of(List.of("b")).hashCode());
        FloorGap g1 = new FloorGap(GapKind.NO_MINUTES, day, null, "gap.noMinutes", "1");
        FloorGap g2 = new FloorGap(GapKind.NO_MINUTES, day, null, "gap.noMinutes", "2");
        assertThat(g1.hashCode()).isNotEqualTo(g2.hashCode());
        assertThat(RefundRequest.unapproved(ContractStage.SIGNED, "r", List.of()).toString()).contains("0 payments");
        assertThat(new RefundOutcome(RefundVerdict.GRANTED, Money.yuan(3), List.of(), "r").toString()).contains("CNY 3.00");
        assertThat(FloorCash.regulation()).isSameAs(FloorCash.regulation()).isNotNull();
    }
}
