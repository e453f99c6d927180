package dev.kefu.core.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.validation.PolicyInputException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private final BusinessCalendar cal = BusinessCalendar.chinaOfficial();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    @DisplayName("CORE-CAL-1 2025 National Day week")
    class NationalDay2025 {

        @Test
        @DisplayName("CORE-CAL-1 Oct 1-8 2025 are off")
        void october_1_to_8_are_off() {
            for (int day = 1; day <= 8; day++) {
                assertThat(cal.isWorkingDay(LocalDate.of(2025, 10, day))).as("2025-10-%02d", day).isFalse();
            }
            assertThat(cal.describe(d("2025-10-01")).kind()).isEqualTo(DayKind.OFFICIAL_HOLIDAY);
            assertThat(cal.describe(d("2025-10-06")).name()).contains("国庆节、中秋节");
        }

        @Test
        @DisplayName("CORE-CAL-1 Sunday Sep 28 and Saturday Oct 11 2025 are make-up working days")
        void make_up_weekend_days_are_on() {
            assertThat(d("2025-09-28").getDayOfWeek()).isEqualTo(SUNDAY);
            assertThat(d("2025-10-11").getDayOfWeek()).isEqualTo(SATURDAY);
            assertThat(cal.isWorkingDay(d("2025-09-28"))).isTrue();
            assertThat(cal.isWorkingDay(d("2025-10-11"))).isTrue();
            assertThat(cal.describe(d("2025-10-11")).kind()).isEqualTo(DayKind.OFFICIAL_WORKING_DAY);
            assertThat(cal.isWorkingDay(d("2025-10-12"))).isFalse();
        }

        @Test
        @DisplayName("CORE-CAL-1 plusWorkingDays jumps over the holiday week")
        void plus_working_days_skips_the_week() {
            assertThat(cal.plusWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
            assertThat(cal.plusWorkingDays(d("2025-09-30"), 3)).isEqualTo(d("2025-10-11"));
            assertThat(cal.plusWorkingDays(d("2025-10-03"), 1)).isEqualTo(d("2025-10-09"));
            assertThat(cal.plusWorkingDays(d("2025-10-09"), -1)).isEqualTo(d("2025-09-30"));
            assertThat(cal.plusWorkingDays(d("2025-10-05"), -1)).isEqualTo(d("2025-09-30"));
            assertThat(cal.nextWorkingDay(d("2025-09-27"))).isEqualTo(d("2025-09-28"));
            assertThat(cal.previousWorkingDay(d("2025-10-13"))).isEqualTo(d("2025-10-11"));
            assertThat(cal.nextOrSameWorkingDay(d("2025-10-08"))).isEqualTo(d("2025-10-09"));
            assertThat(cal.nextOrSameWorkingDay(d("2025-10-09"))).isEqualTo(d("2025-10-09"));
            assertThat(cal.plusWorkingDays(d("2025-10-04"), 0)).isEqualTo(d("2025-10-04"));
        }

        @Test
        @DisplayName("CORE-CAL-1 workingDaysBetween counts (a, b] across the week")
        void working_days_between() {
            // Sep 28 (Sun, on), 29, 30, then Oct 9, 10, 11 (Sat, on): six working days in Sep 27..Oct 11
            assertThat(cal.workingDaysBetween(d("2025-09-27"), d("2025-10-11"))).isEqualTo(6);
            assertThat(cal.workingDaysBetween(d("2025-10-11"), d("2025-09-27"))).isEqualTo(-6);
            assertThat(cal.workingDaysBetween(d("2025-09-30"), d("2025-10-08"))).isZero();
            assertThat(cal.workingDaysBetween(d("2025-09-30"), d("2025-09-30"))).isZero();
        }
    }

    @Test
    @DisplayName("CORE-CAL-1 Spring Festival 2025: Jan 28 - Feb 4 off, Sun Jan 26 and Sat Feb 8 on")
    void spring_festival_2025() {
        for (LocalDate x = d("2025-01-28"); !x.isAfter(d("2025-02-04")); x = x.plusDays(1)) {
            assertThat(cal.isWorkingDay(x)).as(x.toString()).isFalse();
        }
        assertThat(cal.isWorkingDay(d("2025-01-26"))).isTrue();
        assertThat(cal.isWorkingDay(d("2025-02-08"))).isTrue();
        assertThat(cal.plusWorkingDays(d("2025-01-27"), 1)).isEqualTo(d("2025-02-05"));
        assertThat(cal.describe(d("2025-01-29")).name()).contains("春节");
    }

    @Test
    @DisplayName("CORE-CAL-1 2020-02-03 is marked WORKDAY by the 2020 notice but was an ordinary Monday")
    void spring_festival_2020_artefact() {
        assertThat(d("2020-02-03").getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(cal.isWorkingDay(d("2020-02-03"))).isTrue();
        assertThat(cal.isWorkingDay(d("2020-02-02"))).isFalse();
        assertThat(cal.previousWorkingDay(d("2020-02-03"))).isEqualTo(d("2020-01-23"));
    }

    @Test
    @DisplayName("CORE-CAL-1 ordinary weekends are off, weekdays on")
    void ordinary_week() {
        assertThat(cal.isWorkingDay(d("2025-06-06"))).isTrue();
        assertThat(cal.isWorkingDay(d("2025-06-07"))).isFalse();
        assertThat(cal.describe(d("2025-06-07")).kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(cal.describe(d("2025-06-06")).kind()).isEqualTo(DayKind.WEEKDAY);
        assertThat(cal.describe(d("2025-06-06")).name()).isEmpty();
        assertThat(cal.plusWorkingDays(d("2025-06-06"), 1)).isEqualTo(d("2025-06-09"));
        assertThat(cal.plusWorkingDays(d("2025-06-07"), 1)).isEqualTo(d("2025-06-09"));
        assertThat(cal.plusWorkingDays(d("2025-06-07"), -1)).isEqualTo(d("2025-06-06"));
    }

    @Test
    @DisplayName("CORE-CAL-1 strict mode: a date outside 2020-2026 is an error naming the covered range")
    void coverage_error_names_the_range() {
        BusinessCalendar cal = BusinessCalendar.chinaOfficialStrict();
        assertThatThrownBy(() -> cal.isWorkingDay(d("2027-01-04")))
                .isInstanceOf(CalendarCoverageException.class)
                .isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("2027-01-04")
                .hasMessageContaining("2020-01-01")
                .hasMessageContaining("2026-12-31")
                .hasMessageContaining("CORE-CAL-1");
        assertThatThrownBy(() -> cal.isWorkingDay(d("2019-12-31"))).isInstanceOf(CalendarCoverageException.class);
        CalendarCoverageException e = org.junit.jupiter.api.Assertions.assertThrows(CalendarCoverageException.class,
                () -> cal.plusWorkingDays(d("2026-12-30"), 5));
        assertThat(e.firstDay()).isEqualTo(d("2020-01-01"));
        assertThat(e.lastDay()).isEqualTo(d("2026-12-31"));
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("覆盖范围");
        assertThat(cal.isWorkingDay(d("2026-12-31"))).isTrue();
        assertThat(cal.isWorkingDay(d("2020-01-01"))).isFalse();
    }

    @Test
    @DisplayName("CORE-CAL-1 weekends-only fallback answers outside the coverage, and across its edges")
    void weekends_only_fallback() {
        BusinessCalendar fallback = BusinessCalendar.chinaOfficialStrict().toBuilder().weekendsOnlyOutsideCoverage().build();
        assertThat(fallback.isWorkingDay(d("2027-01-04"))).isTrue();
        assertThat(fallback.isWorkingDay(d("2027-01-02"))).isFalse();
        assertThat(fallback.describe(d("2027-01-02")).kind()).isEqualTo(DayKind.WEEKEND);
        // 2026-12-31 is Thursday; Fri Jan 1 2027 has no data, so it counts as a weekday
        assertThat(fallback.plusWorkingDays(d("2026-12-31"), 1)).isEqualTo(d("2027-01-01"));
        assertThat(fallback.plusWorkingDays(d("2026-12-31"), 2)).isEqualTo(d("2027-01-04"));
        assertThat(fallback.plusWorkingDays(d("2019-12-30"), 3)).isEqualTo(d("2020-01-03"));
        assertThat(fallback.plusWorkingDays(d("2020-01-02"), -2)).isEqualTo(d("2019-12-30"));
        assertThat(fallback.plusWorkingDays(d("2019-12-28"), -1)).isEqualTo(d("2019-12-27"));
        assertThat(fallback.workingDaysBetween(d("2019-12-27"), d("2020-01-03"))).isEqualTo(4);
        assertThat(fallback.plusWorkingDays(d("1999-01-01"), 10)).isEqualTo(d("1999-01-15"));
    }

    @Test
    @DisplayName("CORE-CAL-1 company holidays and working days override the official schedule")
    void company_days_override_official() {
        BusinessCalendar company = BusinessCalendar.chinaOfficial().toBuilder()
                .companyHoliday(d("2025-06-06"), "company anniversary")
                .companyWorkingDay(d("2025-10-08"), "stock-taking")
                .build();
        assertThat(company.isWorkingDay(d("2025-06-06"))).isFalse();
        assertThat(company.describe(d("2025-06-06")).kind()).isEqualTo(DayKind.COMPANY_HOLIDAY);
        assertThat(company.isWorkingDay(d("2025-10-08"))).isTrue();
        assertThat(company.plusWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-08"));
        // the shared official calendar is untouched
        assertThat(cal.isWorkingDay(d("2025-06-06"))).isTrue();
        assertThat(cal.isWorkingDay(d("2025-10-08"))).isFalse();
    }

    @Test
    @DisplayName("CORE-CAL-1 a calendar from scratch: own coverage, own weekend, ERP-style day table")
    void from_scratch() {
        BusinessCalendar erp = BusinessCalendar.builder()
                .coverage(d("2030-01-01"), d("2030-12-31"))
                .weekendDays(FRIDAY, SATURDAY)
                .officialHoliday(d("2030-02-03"), "Spring Festival")
                .officialWorkingDay(d("2030-02-08"), "make-up")
                .build();
        assertThat(erp.isWorkingDay(d("2030-01-06"))).isTrue(); // a Sunday, working in this week
        assertThat(erp.isWorkingDay(d("2030-01-04"))).isFalse(); // a Friday
        assertThat(erp.isWorkingDay(d("2030-02-03"))).isFalse();
        assertThat(erp.isWorkingDay(d("2030-02-08"))).isTrue();
        assertThat(erp.weekendDays()).containsExactlyInAnyOrder(FRIDAY, SATURDAY);
    }

    @Test
    @DisplayName("CORE-CAL-1 a builder reports every problem at once")
    void builder_reports_every_problem() {
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> BusinessCalendar.builder()
                        .officialHoliday(d("2030-05-01"), "May Day")
                        .officialWorkingDay(d("2030-05-01"), "conflict")
                        .workingHours(d("2030-07-01"), d("2030-06-01"), WorkingHours.CUSTOMER_SERVICE_DESK)
                        .build());
        assertThat(e.violations()).extracting(v -> v.path())
                .contains("coverage", "days[2030-05-01]", "workingHours[2030-07-01]");
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.rule()).isPresent());
    }

    @Test
    @DisplayName("CORE-CAL-1 company days outside the coverage and overlapping hour ranges are refused")
    void builder_refuses_outside_and_overlap() {
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> BusinessCalendar.chinaOfficialStrict().toBuilder()
                        .companyHoliday(d("2031-01-02"), "later")
                        .workingHours(d("2025-06-01"), d("2025-08-31"), WorkingHours.of("09:00-18:00"))
                        .workingHours(d("2025-08-01"), d("2025-09-30"), WorkingHours.of("09:00-17:00"))
                        .build());
        assertThat(e.violations()).extracting(v -> v.path())
                .containsExactly("companyDays[2031-01-02]", "workingHours[2025-08-01]");
        assertThatThrownBy(() -> BusinessCalendar.builder().coverage(d("2030-01-01"), d("2029-01-01")).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("coverage");
        assertThatThrownBy(() -> BusinessCalendar.builder().coverage(d("2030-01-01"), d("2030-02-01"))
                .weekendDays(java.time.DayOfWeek.values()).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("weekendDays");
    }

    @Test
    @DisplayName("CORE-CAL-1 a narrower coverage drops official days outside it")
    void narrower_coverage() {
        BusinessCalendar y2025 = BusinessCalendar.builder().coverage(d("2025-01-01"), d("2025-12-31"))
                .officialChinaSchedule().build();
        assertThat(y2025.isWorkingDay(d("2025-10-01"))).isFalse();
        assertThatThrownBy(() -> y2025.isWorkingDay(d("2024-12-31"))).isInstanceOf(CalendarCoverageException.class);
    }

    @Test
    @DisplayName("CORE-CAL-1 null dates are refused with the one input exception")
    void null_date_is_refused() {
        assertThatThrownBy(() -> cal.isWorkingDay(null)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("date");
    }
}
