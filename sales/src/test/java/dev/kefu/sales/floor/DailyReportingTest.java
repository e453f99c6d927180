package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.A;
import static dev.kefu.sales.floor.Fixtures.B;
import static dev.kefu.sales.floor.Fixtures.explained;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.calendar.DutyCalendar;
import dev.kefu.core.decision.Decision;
import dev.kefu.sales.floor.DailyReporting.ReceptionRecord;
import dev.kefu.sales.floor.DailyReporting.RegistrationRecord;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DailyReportingTest {

    private static final LocalDate MON = LocalDate.of(2026, 3, 2);
    private static final LocalDate SUN = LocalDate.of(2026, 3, 8);

    @Test
    @DisplayName("EST-3 a duty day with receptions but no registration from the receiving rep is a gap; with one it is not")
    void noRegistration() {
        Decision<GapReport> d = DailyReporting.regulation().check(MON, SUN,
                List.of(new ReceptionRecord(A, MON), new ReceptionRecord(B, MON), new ReceptionRecord(A, MON)),
                List.of(new RegistrationRecord(A, MON)), List.of(MON));
        assertThat(d.outcome().gaps()).hasSize(1);
        FloorGap g = d.outcome().gaps().get(0);
        assertThat(g.kind()).isEqualTo(GapKind.NO_REGISTRATION);
        assertThat(g.employee()).contains(B);
        assertThat(g.day()).contains(MON);
        assertThat(g.rule()).isEqualTo(SalesFloorRules.EST_3);
        assertThat(explained(d)).contains("2026-03-02").contains("B");
    }

    @Test
    @DisplayName("EST-3 a duty day with receptions but no evening-meeting minutes is a gap")
    void noMinutes() {
        Decision<GapReport> d = DailyReporting.regulation().check(MON, SUN, List.of(new ReceptionRecord(A, MON)),
                List.of(new RegistrationRecord(A, MON)), List.of());
        assertThat(d.outcome().of(GapKind.NO_MINUTES)).hasSize(1);
        assertThat(d.outcome().of(GapKind.NO_MINUTES).get(0).employee()).isEmpty();
        explained(d);
    }

    @Test
    @DisplayName("EST-3 a day without receptions needs no registration; receptions outside the period are not checked")
    void quietDay() {
        Decision<GapReport> d = DailyReporting.regulation().check(MON, SUN,
                List.of(new ReceptionRecord(A, SUN.plusDays(1)), new ReceptionRecord(A, MON.minusDays(1))), List.of(), List.of());
        assertThat(d.outcome().isClear()).isTrue();
        assertThat(d.ruleIds()).containsExactly(SalesFloorRules.EST_3);
    }

    @Test
    @DisplayName("EST-3 days count on the floor's duty calendar: every day by default, a Sunday off when the host says so")
    void dutyCalendar() {
        List<ReceptionRecord> sunday = List.of(new ReceptionRecord(A, SUN));
        assertThat(DailyReporting.regulation().check(MON, SUN, sunday, List.of(), List.of()).outcome().gaps()).hasSize(2);
        DailyReporting weekdays = DailyReporting.builder().dutyCalendar(DutyCalendar.of(d -> d.getDayOfWeek() != DayOfWeek.SUNDAY)).build();
        assertThat(weekdays.check(MON, SUN, sunday, List.of(), List.of()).outcome().isClear()).isTrue();
        rejects(() -> DailyReporting.builder().dutyCalendar(null).build(), "dutyCalendar");
    }

    @Test
    @DisplayName("EST-3 on the last day of the period a gap counts; the day after does not")
    void periodBoundary() {
        assertThat(DailyReporting.regulation().check(MON, SUN, List.of(new ReceptionRecord(A, SUN)), List.of(), List.of(SUN))
                .outcome().gaps()).hasSize(1);
        assertThat(DailyReporting.regulation().check(MON, SUN.minusDays(1), List.of(new ReceptionRecord(A, SUN)), List.of(), List.of(SUN))
                .outcome().gaps()).isEmpty();
    }

    @Test
    @DisplayName("EST-3 malformed records and periods are PolicyInputExceptions")
    void malformed() {
        rejects(() -> DailyReporting.regulation().check(null, null, null, null, null), "from", "to", "receptions", "registrations", "minutesDays");
        rejects(() -> DailyReporting.regulation().check(SUN, MON, List.of(), List.of(), List.of()), "to");
        rejects(() -> DailyReporting.regulation().check(MON, MON.plusYears(20), List.of(), List.of(), List.of()), "to");
        rejects(() -> DailyReporting.regulation().check(LocalDate.MIN, MON, List.of(), List.of(), List.of()), "to");
        rejects(() -> DailyReporting.regulation().check(MON, SUN, List.of(new ReceptionRecord(null, null)),
                List.of(new RegistrationRecord(null, null)), Arrays.asList((LocalDate) null)),
                "receptions[0].rep", "receptions[0].day", "registrations[0].rep", "registrations[0].day", "minutesDays[0]");
    }
}
