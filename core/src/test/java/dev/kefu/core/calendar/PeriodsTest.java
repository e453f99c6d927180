package dev.kefu.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.validation.PolicyInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CORE-CAL-4: the periods of the catalogue's "Definitions and precedence". */
class PeriodsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    @DisplayName("CORE-CAL-4 2 months from 15 March end on 15 May; more than 2 months from 16 May")
    void two_months_from_the_fifteenth() {
        assertThat(Periods.lastDayOfMonths(d("2025-03-15"), 2)).isEqualTo(d("2025-05-15"));
        assertThat(Periods.isWithinMonths(d("2025-03-15"), 2, d("2025-05-15"))).isTrue();
        assertThat(Periods.isMoreThanMonths(d("2025-03-15"), 2, d("2025-05-15"))).isFalse();
        assertThat(Periods.isWithinMonths(d("2025-03-15"), 2, d("2025-05-16"))).isFalse();
        assertThat(Periods.isMoreThanMonths(d("2025-03-15"), 2, d("2025-05-16"))).isTrue();
    }

    @Test
    @DisplayName("CORE-CAL-4 a month without the event's day number ends on its last day (31 Dec -> 28 Feb, 29 Dec 2023 -> 29 Feb 2024)")
    void month_without_the_day_number_ends_on_its_last_day() {
        assertThat(Periods.lastDayOfMonths(d("2024-12-31"), 2)).isEqualTo(d("2025-02-28"));
        assertThat(Periods.lastDayOfMonths(d("2023-12-29"), 2)).isEqualTo(d("2024-02-29"));
        assertThat(Periods.lastDayOfMonths(d("2025-03-31"), 2)).isEqualTo(d("2025-05-31"));
        assertThat(Periods.isMoreThanMonths(d("2024-12-31"), 2, d("2025-03-01"))).isTrue();
    }

    @Test
    @DisplayName("CORE-CAL-4 a day before the event is not within the period")
    void day_before_event_not_within() {
        assertThat(Periods.isWithinMonths(d("2025-03-15"), 2, d("2025-03-14"))).isFalse();
        assertThat(Periods.isWithinMonths(d("2025-03-15"), 2, d("2025-03-15"))).isTrue();
    }

    @Test
    @DisplayName("CORE-CAL-4 bad input: null, zero months, far future are PolicyInputException")
    void bad_input() {
        assertThatThrownBy(() -> Periods.lastDayOfMonths(null, 2)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Periods.lastDayOfMonths(d("2025-01-01"), 0)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("months");
        assertThatThrownBy(() -> Periods.lastDayOfMonths(LocalDate.MAX, 1)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Periods.isWithinMonths(d("2025-01-01"), 1, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Periods.monthOf(null, SHANGHAI)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Periods.elapsedDeadline(Instant.EPOCH, Duration.ofHours(-1))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Periods.elapsedDeadline(Instant.MAX, Duration.ofHours(1))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Periods.workingDaysDeadline(null, Instant.EPOCH, 1)).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("CORE-CAL-4 the month of an act is the Asia/Shanghai calendar month: 31 Jan 17:00 UTC is February")
    void month_of_an_act_in_shanghai() {
        Instant act = LocalDateTime.parse("2025-01-31T17:00").atZone(ZoneId.of("UTC")).toInstant();
        assertThat(Periods.monthOf(act, SHANGHAI)).isEqualTo(YearMonth.of(2025, 2));
        assertThat(Periods.dayOf(act, SHANGHAI)).isEqualTo(d("2025-02-01"));
        assertThat(Periods.monthOf(d("2025-02-28"))).isEqualTo(YearMonth.of(2025, 2));
    }

    @Test
    @DisplayName("CORE-CAL-4 security clocks run in elapsed time: Friday 21:40 + 1 hour is Friday 22:40")
    void security_clock_is_elapsed_time() {
        Instant friday = LocalDateTime.parse("2025-06-06T21:40").atZone(SHANGHAI).toInstant();
        assertThat(Periods.elapsedDeadline(friday, Duration.ofHours(1)))
                .isEqualTo(LocalDateTime.parse("2025-06-06T22:40").atZone(SHANGHAI).toInstant());
    }

    @Test
    @DisplayName("CORE-CAL-4 n working days exclude the event's day and end at close of business")
    void working_days_deadline() {
        BusinessCalendar cal = BusinessCalendar.chinaOfficial();
        Instant received = LocalDateTime.parse("2025-09-30T21:30").atZone(SHANGHAI).toInstant();
        assertThat(Periods.workingDaysDeadline(cal, received, 2))
                .isEqualTo(LocalDateTime.parse("2025-10-10T22:00").atZone(SHANGHAI).toInstant());
    }

    @Test
    @DisplayName("CORE-CAL-4 a desk on duty every day by default: 1 duty day after Saturday is Sunday")
    void duty_calendar_every_day() {
        DutyCalendar every = DutyCalendar.everyDay();
        assertThat(every.plusDutyDays(d("2025-06-07"), 1)).isEqualTo(d("2025-06-08"));
        assertThat(every.plusDutyDays(d("2025-06-07"), 0)).isEqualTo(d("2025-06-07"));
        assertThat(every.dutyDaysBetween(d("2025-06-07"), d("2025-06-14"))).isEqualTo(7);
        assertThat(every.dutyDaysBetween(d("2025-06-14"), d("2025-06-07"))).isZero();
        assertThat(every.isDutyDay(d("2025-10-01"))).isTrue();
    }

    @Test
    @DisplayName("CORE-CAL-4 a desk on the business calendar: 1 duty day after 30 Sep 2025 is 9 Oct")
    void duty_calendar_of_business_calendar() {
        DutyCalendar desk = DutyCalendar.of(BusinessCalendar.chinaOfficial());
        assertThat(desk.plusDutyDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
        assertThat(desk.nextDutyDay(d("2025-09-30"))).isEqualTo(d("2025-10-09"));
        assertThat(desk.dutyDaysBetween(d("2025-09-30"), d("2025-10-10"))).isEqualTo(2);
    }

    @Test
    @DisplayName("CORE-CAL-4 a host's duty calendar (no Mondays); a calendar with no duty day fails loudly")
    void host_duty_calendar() {
        DutyCalendar noMondays = DutyCalendar.of(day -> day.getDayOfWeek() != DayOfWeek.MONDAY);
        assertThat(noMondays.plusDutyDays(d("2025-06-08"), 1)).isEqualTo(d("2025-06-10"));
        DutyCalendar never = DutyCalendar.of(day -> false);
        assertThatThrownBy(() -> never.nextDutyDay(d("2025-06-08"))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> noMondays.plusDutyDays(d("2025-06-08"), -1)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> noMondays.dutyDaysBetween(d("2000-01-01"), d("2025-06-08"))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> DutyCalendar.of((BusinessCalendar) null)).isInstanceOf(PolicyInputException.class);
    }

    @Property
    @net.jqwik.api.Label("CORE-CAL-4 within and more-than partition the days from the event on")
    void within_and_more_than_partition(@ForAll @DateRange(min = "2000-01-01", max = "2040-12-31") LocalDate event,
            @ForAll @IntRange(min = 1, max = 24) int months, @ForAll @IntRange(min = 0, max = 800) int after) {
        LocalDate day = event.plusDays(after);
        assertThat(Periods.isWithinMonths(event, months, day)).isNotEqualTo(Periods.isMoreThanMonths(event, months, day));
        LocalDate last = Periods.lastDayOfMonths(event, months);
        assertThat(YearMonth.from(last)).isEqualTo(YearMonth.from(event).plusMonths(months));
    }

    @Test
    @DisplayName("CORE-CAL-4 a deadline after the end of a day: midnight ending the day in the zone plus the period")
    void after_day_end() {
        assertThat(Periods.afterDayEnd(d("2025-10-09"), SHANGHAI, Duration.ofHours(10)))
                .isEqualTo(LocalDateTime.parse("2025-10-10T10:00").atZone(SHANGHAI).toInstant());
        assertThat(Periods.afterDayEnd(d("2025-12-31"), SHANGHAI, Duration.ZERO))
                .isEqualTo(LocalDateTime.parse("2026-01-01T00:00").atZone(SHANGHAI).toInstant());
        assertThatThrownBy(() -> Periods.afterDayEnd(null, SHANGHAI, Duration.ZERO)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Periods.afterDayEnd(d("2025-10-09"), null, Duration.ZERO)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Periods.afterDayEnd(d("2025-10-09"), SHANGHAI, Duration.ofHours(-1))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Periods.afterDayEnd(LocalDate.MAX, SHANGHAI, Duration.ZERO)).isInstanceOf(PolicyInputException.class);
    }
}
