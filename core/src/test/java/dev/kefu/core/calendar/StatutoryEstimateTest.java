package dev.kefu.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CORE-CAL-3: the statutory estimate, day by day, and a calendar built fresh with it. */
class StatutoryEstimateTest {

    private static String days(int year) {
        return StatutoryEstimate.daysOff(year).stream()
                .map(d -> d.date().toString().substring(5) + (d.substitute() ? "*" : "") + " " + d.name())
                .collect(Collectors.joining(", "));
    }

    @Test
    @DisplayName("CORE-CAL-3 the 2027 estimate: 13 statutory days and 6 substitute days (补假), in date order")
    void estimate_2027_exactly() {
        assertThat(days(2027)).isEqualTo("01-01 元旦, 02-05 春节, 02-06 春节, 02-07 春节, 02-08 春节, 02-09* 春节（补假）, "
                + "02-10* 春节（补假）, 04-05 清明节, 05-01 劳动节, 05-02 劳动节, 05-03* 劳动节（补假）, 05-04* 劳动节（补假）, "
                + "06-09 端午节, 09-15 中秋节, 10-01 国庆节, 10-02 国庆节, 10-03 国庆节, 10-04* 国庆节（补假）, 10-05* 国庆节（补假）");
    }

    @Test
    @DisplayName("CORE-CAL-3 the 2028 estimate: 元旦 on a Saturday gives Monday; 中秋 on 3 Oct shares 国庆's day; one period's substitute")
    void estimate_2028_exactly() {
        List<StatutoryEstimate.Day> d = StatutoryEstimate.daysOff(2028);
        assertThat(d.get(0).date()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(d.get(1)).isEqualTo(new StatutoryEstimate.Day(LocalDate.of(2028, 1, 3), "元旦（补假）", true));
        assertThat(d).filteredOn(x -> x.date().equals(LocalDate.of(2028, 10, 3)))
                .singleElement().extracting(StatutoryEstimate.Day::name).isEqualTo("国庆节、中秋节");
        // 1 Oct 2028 is a Sunday: one substitute, after the period (1-3 Oct), on Wednesday 4 Oct
        assertThat(d).filteredOn(StatutoryEstimate.Day::substitute).extracting(StatutoryEstimate.Day::date)
                .contains(LocalDate.of(2028, 10, 4)).doesNotContain(LocalDate.of(2028, 10, 5));
        assertThat(d).filteredOn(x -> x.date().equals(LocalDate.of(2028, 10, 4)))
                .singleElement().extracting(StatutoryEstimate.Day::name).isEqualTo("国庆节、中秋节（补假）");
        // 12 statutory days (中秋 shares 3 Oct) and 3 substitutes: 3 Jan, 29 May (端午 on Sunday 28 May), 4 Oct
        assertThat(d).hasSize(15);
    }

    @Test
    @DisplayName("CORE-CAL-3 a holiday period joined across a weekend: 中秋 Fri 2 Oct 2026-style runs are one period, one set of substitutes")
    void periods_join_across_weekends() {
        // 2036: 中秋 is Sat 4 Oct, right after 国庆 1-3 Oct (Wed-Fri): one period 1-4 Oct, one weekend day -> Mon 6 Oct
        List<StatutoryEstimate.Day> d = StatutoryEstimate.daysOff(2036);
        assertThat(d).filteredOn(StatutoryEstimate.Day::substitute)
                .filteredOn(x -> x.date().getMonthValue() == 10)
                .extracting(StatutoryEstimate.Day::date, StatutoryEstimate.Day::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2036, 10, 6), "国庆节、中秋节（补假）"));
        assertThat(StatutoryEstimate.covers(2019)).isFalse();
        assertThat(StatutoryEstimate.covers(2020)).isTrue();
        assertThat(StatutoryEstimate.covers(2050)).isTrue();
        assertThat(StatutoryEstimate.covers(2051)).isFalse();
        assertThatThrownBy(() -> StatutoryEstimate.lunarDates(2051)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("CORE-CAL-3 every estimated year has 13 or 14 statutory days and only weekday substitutes")
    void every_year_well_formed() {
        for (int year = 2027; year <= 2050; year++) {
            final int y = year;
            List<StatutoryEstimate.Day> d = StatutoryEstimate.daysOff(y);
            long statutory = d.stream().filter(x -> !x.substitute()).count();
            assertThat(statutory).as("statutory days %d", y).isBetween(12L, 13L);
            assertThat(d).filteredOn(StatutoryEstimate.Day::substitute)
                    .allSatisfy(x -> assertThat(x.date().getDayOfWeek().getValue()).isLessThanOrEqualTo(5));
            assertThat(d).allSatisfy(x -> assertThat(x.date().getYear()).isEqualTo(y));
            assertThat(d).extracting(StatutoryEstimate.Day::date).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    @DisplayName("CORE-CAL-3 a calendar built fresh with the estimate marks exactly the unpublished years, and says so in toString")
    void fresh_calendar() {
        BusinessCalendar cal = BusinessCalendar.builder().officialChinaSchedule().statutoryEstimate().build();
        assertThat(cal.lastPublishedDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(cal.isProvisional(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(cal.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(cal.isProvisional(LocalDate.of(2050, 12, 31))).isTrue();
        assertThat(cal.isProvisionalBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(cal.isProvisionalBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(cal.provisionalYears()).hasSize(24).first().isEqualTo(2027);
        assertThat(cal.provisionalReasons(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(cal.provisionalReasons(LocalDate.of(2028, 3, 1), LocalDate.of(2027, 3, 1))).hasSize(2);
        assertThat(cal.toString()).contains("published to 2026-12-31");
        assertThat(BusinessCalendar.chinaOfficialStrict().toString()).doesNotContain("published to");
        assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 9))).isFalse();
        assertThat(cal.describe(LocalDate.of(2027, 2, 9)).kind()).isEqualTo(DayKind.OFFICIAL_HOLIDAY);
        assertThat(cal.describe(LocalDate.of(2027, 2, 13))).isEqualTo(new CalendarDay(LocalDate.of(2027, 2, 13), DayKind.WEEKEND,
                java.util.Optional.empty(), true));
        assertThat(cal.describe(LocalDate.of(2026, 2, 13)).provisional()).isFalse();
        Instant t = LocalDate.of(2027, 3, 1).atTime(10, 0).atZone(cal.zone()).toInstant();
        assertThat(cal.isProvisionalBetween(t, t)).isTrue();
        assertThat(cal.isProvisionalBetween(t.minusSeconds(86_400 * 400L), t.minusSeconds(86_400 * 399L))).isFalse();
        assertThat(cal.coverageAlert(LocalDate.of(2026, 11, 24), Period.ofMonths(2)).outcome().daysOfPublishedCoverageLeft()).isEqualTo(37);
        assertThat(cal.coverageAlert(LocalDate.of(2027, 1, 5), Period.ofDays(1)).outcome().daysOfPublishedCoverageLeft()).isZero();
        assertThat(cal.coverageAlert(LocalDate.of(2027, 1, 5), Period.ofDays(1)).outcome().provisionalYears()).hasSize(24);
        assertThat(cal.coverageAlert(LocalDate.of(2026, 11, 24), Period.ofDays(30)).outcome().provisionalYears()).hasSize(24);
    }

    @Test
    @DisplayName("CORE-CAL-3 loading years out of order: 2028 loaded, 2027 still estimated, so published coverage still ends 2026-12-31")
    void loading_a_later_year_first() {
        BusinessCalendar cal = BusinessCalendar.chinaOfficial().withPublishedSchedule(
                PublishedSchedule.fromCsv(new java.io.StringReader("date,kind,name\n2028-01-01,HOLIDAY,元旦\n")));
        assertThat(cal.lastPublishedDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(cal.isProvisional(LocalDate.of(2027, 6, 1))).isTrue();
        assertThat(cal.isProvisional(LocalDate.of(2028, 6, 1))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2028, 1, 3))).isTrue(); // the notice gave no 补假 Monday
        assertThat(cal.provisionalYears()).doesNotContain(2028).contains(2027, 2029);
        assertThat(cal.isProvisionalBetween(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31))).isFalse();
        BusinessCalendar both = cal.withPublishedSchedule(
                PublishedSchedule.fromCsv(new java.io.StringReader("date,kind,name\n2027-01-01,HOLIDAY,元旦\n")));
        assertThat(both.lastPublishedDay()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    @DisplayName("CORE-CAL-4 the every-day duty calendar moves by days and refuses the ends of time")
    void every_day_duty_calendar() {
        DutyCalendar every = DutyCalendar.everyDay();
        assertThat(every.plusDutyDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(every.plusDutyDays(LocalDate.of(2025, 12, 31), 366)).isEqualTo(LocalDate.of(2026, 12, 31).plusDays(1));
        assertThatThrownBy(() -> every.plusDutyDays(LocalDate.MAX, 1)).isInstanceOf(dev.kefu.core.validation.PolicyInputException.class);
        assertThatThrownBy(() -> every.plusDutyDays(null, 1)).isInstanceOf(dev.kefu.core.validation.PolicyInputException.class);
        assertThatThrownBy(() -> every.plusDutyDays(LocalDate.of(2025, 1, 1), -1)).isInstanceOf(dev.kefu.core.validation.PolicyInputException.class);
        assertThat(every.nextDutyDay(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2025, 1, 2));
        DutyCalendar desk = DutyCalendar.of(BusinessCalendar.chinaOfficial());
        assertThat(desk.plusDutyDays(LocalDate.of(2025, 10, 1), 0)).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThatThrownBy(() -> desk.plusDutyDays(LocalDate.of(2025, 10, 1), -2)).isInstanceOf(dev.kefu.core.validation.PolicyInputException.class);
        assertThat(desk.isDutyDay(LocalDate.of(2025, 10, 11))).isTrue();
        assertThatThrownBy(() -> DutyCalendar.of((java.util.function.Predicate<LocalDate>) null))
                .isInstanceOf(dev.kefu.core.validation.PolicyInputException.class);
    }
}
