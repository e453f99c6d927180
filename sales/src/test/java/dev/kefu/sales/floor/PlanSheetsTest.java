package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.A;
import static dev.kefu.sales.floor.Fixtures.at;
import static dev.kefu.sales.floor.Fixtures.explained;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.calendar.DutyCalendar;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanSheetsTest {

    private static final EmployeeId MANAGER = EmployeeId.of("M");
    private static final PlanSheets PLANS = PlanSheets.builder().morningCutoff(LocalTime.of(9, 0)).build();
    private static final LocalDate FRI = LocalDate.of(2026, 3, 6);
    private static final LocalDate SAT = LocalDate.of(2026, 3, 7);

    @Test
    @DisplayName("EST-15 handed in exactly at the morning cut-off with a summary the same day: complete; the manager plans too")
    void complete() {
        Decision<GapReport> d = PLANS.check(FRI, FRI, List.of(A, MANAGER, A), List.of(
                PlanSheet.daily(A, FRI, at("2026-03-06T09:00"), at("2026-03-06T18:00")),
                PlanSheet.daily(MANAGER, FRI, at("2026-03-06T08:00"), at("2026-03-06T23:59"))));
        assertThat(d.outcome().isClear()).isTrue();
        explained(d);
    }

    @Test
    @DisplayName("EST-15 one minute after the cut-off is late; a summary at midnight is not that day's; no plan is a gap")
    void gaps() {
        Decision<GapReport> d = PLANS.check(FRI, FRI, List.of(A, MANAGER), List.of(
                PlanSheet.daily(A, FRI, at("2026-03-06T09:01"), at("2026-03-07T00:00"))));
        assertThat(d.outcome().of(GapKind.LATE_DAILY_PLAN)).hasSize(1);
        assertThat(d.outcome().of(GapKind.NO_SUMMARY)).hasSize(1);
        assertThat(d.outcome().of(GapKind.NO_DAILY_PLAN)).extracting(g -> g.employee().orElseThrow()).containsExactly(MANAGER);
        assertThat(explained(d)).contains("2026-03-06 09:01").contains("09:00");
        Decision<GapReport> noSummary = PLANS.check(FRI, FRI, List.of(A), List.of(PlanSheet.dailyWithoutSummary(A, FRI, at("2026-03-06T08:00"))));
        assertThat(noSummary.outcome().of(GapKind.NO_SUMMARY)).hasSize(1);
    }

    @Test
    @DisplayName("EST-15 the weekly plan is filled in on Saturday: on Saturday complete, on Friday a gap")
    void weekly() {
        List<PlanSheet> daily = List.of(PlanSheet.daily(A, FRI, at("2026-03-06T08:00"), at("2026-03-06T18:00")),
                PlanSheet.daily(A, SAT, at("2026-03-07T08:00"), at("2026-03-07T18:00")));
        List<PlanSheet> onSat = new java.util.ArrayList<>(daily);
        onSat.add(PlanSheet.weekly(A, SAT));
        assertThat(PLANS.check(FRI, SAT, List.of(A), onSat).outcome().isClear()).isTrue();
        List<PlanSheet> onFri = new java.util.ArrayList<>(daily);
        onFri.add(PlanSheet.weekly(A, FRI));
        Decision<GapReport> d = PLANS.check(FRI, SAT, List.of(A), onFri);
        assertThat(d.outcome().of(GapKind.NO_WEEKLY_PLAN)).hasSize(1);
        assertThat(d.outcome().gaps()).hasSize(1);
        explained(d);
    }

    @Test
    @DisplayName("EST-15 the earliest of two daily sheets counts; days off the duty calendar need no plan")
    void dutyAndDuplicates() {
        PlanSheets weekdays = PlanSheets.builder().morningCutoff(LocalTime.of(9, 0)).weeklyPlanDay(DayOfWeek.FRIDAY)
                .dutyCalendar(DutyCalendar.of(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY)).zone(ZoneId.of("Asia/Shanghai")).build();
        Decision<GapReport> d = weekdays.check(FRI, SAT, List.of(A), List.of(
                PlanSheet.daily(A, FRI, at("2026-03-06T10:00"), at("2026-03-06T18:00")),
                PlanSheet.daily(A, FRI, at("2026-03-06T08:00"), at("2026-03-06T18:00")),
                PlanSheet.weekly(A, FRI)));
        assertThat(d.outcome().isClear()).isTrue();
    }

    @Test
    @DisplayName("EST-15 morningCutoff is required [X]: build() fails naming it; other settings refuse null")
    void required() {
        rejects(() -> PlanSheets.builder().build(), "morningCutoff");
        rejects(() -> PlanSheets.builder().morningCutoff(null).weeklyPlanDay(null).dutyCalendar(null).zone(null).build(),
                "morningCutoff", "weeklyPlanDay", "dutyCalendar", "zone");
    }

    @Test
    @DisplayName("EST-15 malformed sheets are PolicyInputExceptions")
    void malformed() {
        rejects(() -> PLANS.check(null, null, null, null), "from", "to", "department", "sheets");
        rejects(() -> PLANS.check(FRI, FRI, Arrays.asList((EmployeeId) null), Arrays.asList((PlanSheet) null)), "department[0]", "sheets[0]");
        rejects(() -> PlanSheet.daily(null, null, null, null), "employee", "day", "handedIn", "summaryWritten");
        rejects(() -> PlanSheet.dailyWithoutSummary(A, FRI, null), "handedIn");
        rejects(() -> PlanSheet.weekly(A, null), "day");
        PlanSheet s = PlanSheet.weekly(A, SAT);
        assertThat(s.kind()).isEqualTo(PlanSheet.Kind.WEEKLY);
        assertThat(s.day()).isEqualTo(SAT);
        assertThat(s.handedIn()).isEmpty();
        assertThat(s.toString()).contains("2026-03-07");
    }
}
