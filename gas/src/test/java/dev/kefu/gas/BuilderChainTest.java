package dev.kefu.gas;

import static dev.kefu.gas.Gas.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.calendar.DutyCalendar;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.gas.billing.Arrears;
import dev.kefu.gas.billing.ArrearsCheck;
import dev.kefu.gas.billing.FinanceHandoverCheck;
import dev.kefu.gas.billing.SalesSummaryCheck;
import dev.kefu.gas.billing.Tariff;
import dev.kefu.gas.billing.TariffLine;
import dev.kefu.gas.discipline.DeskOffence;
import dev.kefu.gas.discipline.DeskOffenceKind;
import dev.kefu.gas.discipline.DeskOffenceSchedule;
import dev.kefu.gas.hall.ArrivalPolicy;
import dev.kefu.gas.hall.HallRota;
import dev.kefu.gas.hall.OnTheDayChange;
import dev.kefu.gas.hall.OnTheDayKind;
import dev.kefu.gas.hall.OnTheDayPolicy;
import dev.kefu.gas.hall.ShiftChangePolicy;
import dev.kefu.gas.hall.WeeklyMeetingCheck;
import dev.kefu.gas.performance.DeskAppraisal;
import dev.kefu.gas.performance.DeskIndicator;
import dev.kefu.gas.records.ReadingReportsCheck;
import dev.kefu.gas.records.ReadingSheetCheck;
import dev.kefu.gas.reconciliation.CloseOfBusinessReconciliation;
import dev.kefu.gas.reconciliation.PaymentLog;
import dev.kefu.gas.reconciliation.Takings;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every builder's setters chain and their values take effect; every preset is usable. */
class BuilderChainTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    @DisplayName("MTR-10, MTR-13, MTR-14: deadlines and zones set through the chain take effect (UTC midnight)")
    void billing_chains() {
        ArrearsCheck arrears = ArrearsCheck.builder().firstChaseWithin(Duration.ofHours(1)).zone(ZoneOffset.UTC).build();
        var d = arrears.check(List.of(Arrears.unchased(CustomerId.of("c"), Money.of("1.00"), at("2026-11-24T08:00"))), at("2026-11-24T09:01"));
        assertThat(d.explain(java.util.Locale.ENGLISH)).contains("2026-11-24 01:00");
        FinanceHandoverCheck handover = FinanceHandoverCheck.builder().deadlineAfterDay(Duration.ZERO).zone(ZoneOffset.UTC).build();
        assertThat(handover.deadline(DAY)).isEqualTo(java.time.Instant.parse("2026-11-25T00:00:00Z"));
        SalesSummaryCheck summary = SalesSummaryCheck.builder().deadlineAfterDay(Duration.ZERO).zone(ZoneOffset.UTC).build();
        assertThat(summary.missing(List.of(DAY), List.of()).outcome()).containsExactly(DAY);
        Tariff tariff = Tariff.builder().line(TariffLine.fixed(HostLabel.of("a", "甲", "a"), Money.yuan(1))).rounding(RoundingMode.HALF_EVEN).build();
        assertThat(tariff.lines()).hasSize(1);
    }

    @Test
    @DisplayName("MTR-8, MTR-9, MTR-15: zones set through the chain take effect")
    void records_chains() {
        ReadingSheetCheck sheets = ReadingSheetCheck.builder().entryWithin(Duration.ZERO).zone(ZoneOffset.UTC).build();
        assertThat(sheets.check(List.of(), at("2026-11-24T00:00")).outcome()).isEmpty();
        ReadingReportsCheck reports = ReadingReportsCheck.builder().dailyReportWithin(Duration.ZERO).monthSummaryWithin(Duration.ZERO)
                .anomalyReportWithin(Duration.ZERO).zone(ZoneOffset.UTC).build();
        var late = reports.checkReports(List.of(DAY), List.of(), java.time.Instant.parse("2026-11-25T00:00:01Z"));
        assertThat(late.outcome()).hasSize(1);
        assertThat(late.explain(java.util.Locale.ENGLISH)).contains("the deadline was 2026-11-25 00:00");
        CloseOfBusinessReconciliation recon = CloseOfBusinessReconciliation.builder().zone(ZoneOffset.UTC)
                .differenceProcedure(HostLabel.of("p", "处理", "procedure")).build();
        assertThat(recon.reconcile(PaymentLog.builder(DAY).build(), Takings.builder().build()).outcome().lines()).isEmpty();
    }

    @Test
    @DisplayName("MTR-11, MTR-16, MTR-18, MTR-19, MTR-20: presets and chained settings are usable")
    void hall_chains() {
        assertThat(HallRota.regulation().dutyRoleOn(LocalDate.of(2026, 11, 26))).isEqualTo(DeskRole.CARD_SERVICE_CLERK);
        assertThat(HallRota.builder().dutyRole(DayOfWeek.MONDAY, DeskRole.CARD_SERVICE_CLERK).dutyRole(DayOfWeek.TUESDAY, DeskRole.CARD_SERVICE_CLERK)
                .build().dutyRoleOn(LocalDate.of(2026, 11, 24))).isEqualTo(DeskRole.CARD_SERVICE_CLERK);
        ShiftChangePolicy s = ShiftChangePolicy.builder().noticeDutyDays(3).dutyCalendar(DutyCalendar.everyDay()).zone(ZoneOffset.UTC).build();
        assertThat(s.lastApplicationDay(DAY)).isEqualTo(DAY.minusDays(3));
        assertThat(ShiftChangePolicy.regulation().lastApplicationDay(DAY)).isEqualTo(DAY.minusDays(1));
        ArrivalPolicy a = ArrivalPolicy.builder().lead(Duration.ZERO).zone(ZoneOffset.UTC).build();
        assertThat(a.checkArrival(EmployeeId.of("e"), at("2026-11-24T08:00"), at("2026-11-24T08:00")).outcome()).isEqualTo(ArrivalPolicy.Arrival.IN_TIME);
        assertThat(ArrivalPolicy.regulation().checkArrival(EmployeeId.of("e"), at("2026-11-24T08:00"), at("2026-11-24T07:50")).outcome())
                .isEqualTo(ArrivalPolicy.Arrival.IN_TIME);
        assertThat(WeeklyMeetingCheck.regulation().check(LocalDate.of(2026, 11, 23), at("2026-11-23T17:00"), Set.of(), List.of()).outcome().findings())
                .isNotEmpty();
        assertThat(OnTheDayPolicy.regulation().check(OnTheDayChange.withoutConsent(EmployeeId.of("e"), OnTheDayKind.SWAP, at("2026-11-24T08:00")))
                .outcome().findings()).isNotEmpty();
        DeskAppraisal appraisal = DeskAppraisal.builder().weight(DeskIndicator.READ_RATE, Share.ofPercent(25))
                .weight(DeskIndicator.REPORT_PUNCTUALITY, Share.ofPercent(25)).weight(DeskIndicator.ARREARS_CHASED, Share.ofPercent(25))
                .weight(DeskIndicator.RECONCILIATION, Share.ofPercent(25)).build();
        assertThat(appraisal.weights()).hasSize(4);
        DeskOffenceSchedule schedule = DeskOffenceSchedule.builder().sanction(DeskOffenceKind.LATENESS, Sanction.of(new SanctionMeasure.Fine(Money.yuan(10))))
                .sanction(DeskOffenceKind.DERELICTION, Sanction.of(new SanctionMeasure.Reprimand())).build();
        assertThat(schedule.sanction(DeskOffence.of(EmployeeId.of("e"), DeskOffenceKind.LATENESS, DAY)).outcome().sanction()).isPresent();
    }
}
