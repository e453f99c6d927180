package dev.kefu.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Boundaries of the tables: first and last covered day, the fallback on both sides. */
class CalendarEdgeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The strict calendar: these tests are about the edges of published coverage (CORE-CAL-1). */
    private final BusinessCalendar cal = BusinessCalendar.chinaOfficialStrict();
    private final BusinessCalendar fallback = cal.toBuilder().weekendsOnlyOutsideCoverage().build();

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @Test
    @DisplayName("CORE-CAL-1 first and last covered days answer; the days either side refuse")
    void coverage_edges() {
        assertThat(cal.firstDay()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(cal.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(cal.isWeekendsOnlyOutsideCoverage()).isFalse();
        assertThat(fallback.isWeekendsOnlyOutsideCoverage()).isTrue();
        assertThat(cal.describe(LocalDate.of(2026, 12, 31)).kind()).isEqualTo(DayKind.WEEKDAY);
        assertThat(cal.describe(LocalDate.of(2020, 1, 1)).kind()).isEqualTo(DayKind.OFFICIAL_HOLIDAY);
        assertThat(cal.workingHours(LocalDate.of(2026, 12, 31))).contains(WorkingHours.CUSTOMER_SERVICE_DESK);
        assertThat(cal.workingDaysBetween(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31))).isEqualTo(1);
        // 2020-01-02 is the first working day in the data
        assertThat(cal.plusWorkingDays(LocalDate.of(2020, 1, 3), -1)).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThatThrownBy(() -> cal.plusWorkingDays(LocalDate.of(2020, 1, 3), -2)).isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> cal.isWorkingTime(at("2027-01-04T10:00"))).isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> cal.workingTimeBetween(at("2026-12-31T10:00"), at("2027-01-04T10:00")))
                .isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> cal.plusWorkingTime(at("2026-12-31T10:00"), Duration.ofHours(24)))
                .isInstanceOf(CalendarCoverageException.class);
        assertThat(cal.plusWorkingTime(at("2026-12-31T10:00"), Duration.ofHours(12))).isEqualTo(at("2026-12-31T22:00"));
        assertThat(cal.toString()).contains("2020-01-01..2026-12-31").contains("Asia/Shanghai");
        assertThat(fallback.toString()).contains("weekends only");
    }

    @Test
    @DisplayName("CORE-CAL-2 working time runs on through the weekends-only fallback, both sides of the data")
    void working_time_in_fallback() {
        // after the data: Thu 2026-12-31 20:00 + 4h = 2h on Dec 31, then Fri Jan 1 2027 (no data: a weekday) 08:00-10:00
        assertThat(fallback.plusWorkingTime(at("2026-12-31T20:00"), Duration.ofHours(4))).isEqualTo(at("2027-01-01T10:00"));
        assertThat(fallback.plusWorkingTime(at("2027-01-01T21:00"), Duration.ofHours(2))).isEqualTo(at("2027-01-04T09:00"));
        assertThat(fallback.workingTimeBetween(at("2026-12-31T20:00"), at("2027-01-04T09:00"))).isEqualTo(Duration.ofHours(17));
        // before the data: Tue 2019-12-31 21:00 + 2h -> Jan 1 2020 is a holiday -> Thu Jan 2 09:00
        assertThat(fallback.plusWorkingTime(at("2019-12-31T21:00"), Duration.ofHours(2))).isEqualTo(at("2020-01-02T09:00"));
        assertThat(fallback.plusWorkingTime(at("2019-12-27T21:00"), Duration.ofHours(1))).isEqualTo(at("2019-12-27T22:00"));
        assertThat(fallback.plusWorkingTime(at("2019-12-27T21:00"), Duration.ofHours(15))).isEqualTo(at("2019-12-30T22:00"));
        assertThat(fallback.workingTimeBetween(at("2019-12-27T21:00"), at("2020-01-02T09:00"))).isEqualTo(Duration.ofHours(30));
        assertThat(fallback.isWorkingTime(at("2019-12-30T10:00"))).isTrue();
        assertThat(fallback.isWorkingTime(at("2019-12-28T10:00"))).isFalse();
        assertThat(fallback.closeOfBusiness(LocalDate.of(2027, 1, 4))).isEqualTo(at("2027-01-04T22:00"));
        assertThatThrownBy(() -> fallback.plusWorkingTime(at("2025-01-01T00:00"), Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(dev.kefu.core.validation.PolicyInputException.class).hasMessageContaining("workingTime");
    }

    @Test
    @DisplayName("CORE-CAL-2 a shift that ends at midnight closes at 24:00")
    void midnight_close() {
        BusinessCalendar night = cal.toBuilder().workingHours(WorkingHours.of("18:00-24:00")).build();
        assertThat(night.closeOfBusiness(LocalDate.of(2025, 6, 6))).isEqualTo(at("2025-06-07T00:00"));
        assertThat(night.plusWorkingTime(at("2025-06-06T23:00"), Duration.ofHours(1))).isEqualTo(at("2025-06-07T00:00"));
        assertThat(night.deadlineAfterWorkingDays(at("2025-06-05T12:00"), 1)).isEqualTo(at("2025-06-07T00:00"));
    }

    @Test
    @DisplayName("CORE-CAL-1 a calendar derived with toBuilder keeps the company days and hour ranges")
    void to_builder_keeps_everything() {
        BusinessCalendar company = cal.toBuilder().companyHoliday(LocalDate.of(2025, 6, 6), "x")
                .workingHours(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), WorkingHours.of("09:00-17:00"))
                .zone(ZoneId.of("UTC")).weekendDays(java.time.DayOfWeek.SUNDAY).build();
        BusinessCalendar again = company.toBuilder().build();
        assertThat(again.isWorkingDay(LocalDate.of(2025, 6, 6))).isFalse();
        assertThat(again.workingHours(LocalDate.of(2025, 7, 1))).contains(WorkingHours.of("09:00-17:00"));
        assertThat(again.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(again.isWorkingDay(LocalDate.of(2025, 6, 7))).isTrue(); // Saturday works with a Sunday-only weekend
    }

    @Test
    @DisplayName("CORE-CAL-2 hour ranges may sit back to back but not overlap, and are applied in date order")
    void hour_ranges_in_order() {
        BusinessCalendar seasons = cal.toBuilder()
                .workingHours(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), WorkingHours.of("09:00-18:00"))
                .workingHours(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31), WorkingHours.of("07:00-19:00"))
                .build();
        assertThat(seasons.workingHours(LocalDate.of(2025, 8, 29))).contains(WorkingHours.of("07:00-19:00"));
        assertThat(seasons.workingHours(LocalDate.of(2025, 9, 1))).contains(WorkingHours.of("09:00-18:00"));
        assertThat(seasons.workingHours(LocalDate.of(2025, 10, 9))).contains(WorkingHours.CUSTOMER_SERVICE_DESK);
        assertThatThrownBy(() -> cal.toBuilder()
                .workingHours(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31), WorkingHours.of("07:00-19:00"))
                .workingHours(LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 30), WorkingHours.of("09:00-18:00")).build())
                .isInstanceOf(dev.kefu.core.validation.PolicyInputException.class).hasMessageContaining("overlaps");
    }

    @Test
    @DisplayName("CORE-CAL-1 a coverage longer than 400 years is refused; official days outside an explicit from-scratch coverage too")
    void builder_limits() {
        assertThatThrownBy(() -> BusinessCalendar.builder().coverage(LocalDate.of(1800, 1, 1), LocalDate.of(2300, 1, 1)).build())
                .hasMessageContaining("400");
        assertThatThrownBy(() -> BusinessCalendar.builder().coverage(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))
                .officialHoliday(LocalDate.of(2031, 1, 1), "New Year").build())
                .hasMessageContaining("officialDays[2031-01-01]");
    }

    @Test
    @DisplayName("CORE-CAL-1 the schedule parser refuses a bad header, an unknown kind and a short row, and skips blank lines")
    void parser() throws Exception {
        assertThat(OfficialSchedule.parse(new BufferedReader(new StringReader("date,kind,name\n\n2030-01-01,HOLIDAY,元旦\n2030-01-05,WORKDAY,x\n"))))
                .containsExactly(new OfficialSchedule.Entry(LocalDate.of(2030, 1, 1), false, "元旦"),
                        new OfficialSchedule.Entry(LocalDate.of(2030, 1, 5), true, "x"));
        assertThatThrownBy(() -> OfficialSchedule.parse(new BufferedReader(new StringReader("day,kind\n"))))
                .hasMessageContaining("header");
        assertThatThrownBy(() -> OfficialSchedule.parse(new BufferedReader(new StringReader(""))))
                .hasMessageContaining("header");
        assertThatThrownBy(() -> OfficialSchedule.parse(new BufferedReader(new StringReader("date,kind,name\n2030-01-01,HOLIDAY,a\n2030-01-02,OFF,x\n"))))
                .hasMessageContaining("line 3").hasMessageContaining("OFF");
        assertThatThrownBy(() -> OfficialSchedule.parse(new BufferedReader(new StringReader("date,kind,name\n2030-01-01,HOLIDAY\n"))))
                .hasMessageContaining("line 2");
    }

    @Test
    @DisplayName("CORE-CAL-2 working-hours arithmetic at interval edges")
    void working_hours_edges() {
        WorkingHours split = WorkingHours.of("08:00-12:00", "13:00-17:00");
        long h = 3_600_000_000_000L;
        assertThat(split.workedBefore(8 * h)).isZero();
        assertThat(split.workedBefore(9 * h)).isEqualTo(h);
        assertThat(split.workedBefore(12 * h + h / 2)).isEqualTo(4 * h);
        assertThat(split.workedBefore(13 * h)).isEqualTo(4 * h);
        assertThat(split.workedBefore(24 * h)).isEqualTo(8 * h);
        assertThat(split.nanoOfDayAfterWorked(4 * h)).isEqualTo(12 * h);
        assertThat(split.nanoOfDayAfterWorked(4 * h + 1)).isEqualTo(13 * h + 1);
        assertThat(split.nanoOfDayAfterWorked(8 * h)).isEqualTo(17 * h);
        assertThat(split.contains(java.time.LocalTime.of(12, 0))).isFalse();
        assertThat(split.contains(java.time.LocalTime.of(11, 59))).isTrue();
        assertThat(split).isEqualTo(WorkingHours.of("13:00-17:00", "08:00-12:00")).hasSameHashCodeAs(WorkingHours.of("13:00-17:00", "08:00-12:00"));
        assertThat(split).isNotEqualTo(WorkingHours.of("08:00-12:00")).isNotEqualTo("08:00-12:00");
        assertThat(split.toString()).isEqualTo("WorkingHours[08:00-12:00, 13:00-17:00]");
        assertThatThrownBy(() -> split.and(null, java.time.LocalTime.NOON)).hasMessageContaining("start");
        assertThatThrownBy(() -> WorkingHours.of("12:00-12:00")).hasMessageContaining("shifts[0]");
        assertThat(new CalendarDay(LocalDate.of(2025, 1, 1), DayKind.OFFICIAL_HOLIDAY, java.util.Optional.empty()).isWorkingDay()).isFalse();
    }

    @Test
    @DisplayName("CORE-CAL-1 workingTimeToDeadline: the budget of a Civil Code deadline, refused below one day")
    void working_time_to_deadline() {
        assertThat(cal.workingTimeToDeadline(at("2025-09-30T21:30"), 1)).isEqualTo(Duration.ofMinutes(30 + 14 * 60));
        assertThat(cal.workingTimeToDeadline(at("2025-10-03T10:00"), 1)).isEqualTo(Duration.ofHours(14));
        assertThat(fallback.workingTimeToDeadline(at("2026-12-31T21:00"), 1)).isEqualTo(Duration.ofHours(15));
        assertThatThrownBy(() -> cal.workingTimeToDeadline(at("2025-06-04T10:00"), 0))
                .isInstanceOf(dev.kefu.core.validation.PolicyInputException.class).hasMessageContaining("n:");
        assertThatThrownBy(() -> cal.workingTimeToDeadline(null, 1)).hasMessageContaining("received");
    }
}
