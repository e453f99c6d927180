package dev.kefu.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CORE-CAL-3: years the State Council has not yet published. */
class ProvisionalYearsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final BusinessCalendar cal = BusinessCalendar.chinaOfficial();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private boolean off(String date) {
        return !cal.isWorkingDay(d(date));
    }

    @Test
    @DisplayName("CORE-CAL-3 a complaint received 2026-12-30 10:00 with 2 working days is due 2027-01-04 22:00, provisional")
    void complaint_at_year_end_gets_a_provisional_2027_deadline() {
        CalendarAnswer<Instant> due = cal.deadlineAfterWorkingDaysDetailed(at("2026-12-30T10:00"), 2);
        // Dec 31 is day 1; 1 Jan 2027 is 元旦; 2-3 Jan a weekend; Mon 4 Jan is day 2
        assertThat(due.value()).isEqualTo(at("2027-01-04T22:00"));
        assertThat(due.provisional()).isTrue();
        assertThat(cal.deadlineAfterWorkingDaysDetailed(at("2026-12-28T10:00"), 2).provisional()).isFalse();
        assertThat(cal.lastPublishedDay()).isEqualTo(d("2026-12-31"));
        assertThat(cal.provisionalReasons(d("2026-12-30"), d("2027-01-04")))
                .singleElement().satisfies(r -> {
                    assertThat(r.rule().value()).isEqualTo("CORE-CAL-3");
                    assertThat(r.render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("2027 年放假安排尚未公布，按法定假日估算");
                    assertThat(r.render(Locale.ENGLISH))
                            .isEqualTo("the 2027 schedule is not yet published; estimated from the statutory holidays");
                });
    }

    @Test
    @DisplayName("CORE-CAL-3 strict mode keeps CORE-CAL-1's coverage error; the default estimates")
    void strict_versus_provisional() {
        assertThatThrownBy(() -> BusinessCalendar.chinaOfficialStrict().isWorkingDay(d("2027-01-04")))
                .isInstanceOf(CalendarCoverageException.class);
        assertThat(cal.isWorkingDay(d("2027-01-04"))).isTrue();
        assertThat(cal.isProvisional(d("2027-01-04"))).isTrue();
        assertThat(cal.isProvisional(d("2026-12-31"))).isFalse();
        assertThat(cal.lastDay()).isEqualTo(d("2050-12-31"));
        assertThatThrownBy(() -> cal.isWorkingDay(d("2051-01-02"))).isInstanceOf(CalendarCoverageException.class);
        assertThat(BusinessCalendar.chinaOfficialStrict().lastPublishedDay()).isEqualTo(d("2026-12-31"));
        assertThat(cal.provisionalYears()).first().isEqualTo(2027);
        assertThat(cal.provisionalYears()).last().isEqualTo(2050);
    }

    @Test
    @DisplayName("CORE-CAL-3 a calendar built from scratch has no estimate unless asked for")
    void scratch_calendar_has_no_estimate() {
        BusinessCalendar scratch = BusinessCalendar.builder().coverage(d("2027-01-01"), d("2027-12-31")).build();
        assertThat(scratch.isProvisional(d("2027-01-01"))).isFalse();
        assertThat(scratch.isWorkingDay(d("2027-01-01"))).isTrue(); // the host's calendar: no holiday entered
        assertThat(scratch.lastPublishedDay()).isEqualTo(d("2027-12-31"));
        BusinessCalendar estimated = BusinessCalendar.builder().coverage(d("2027-01-01"), d("2027-12-31"))
                .statutoryEstimate().build();
        assertThat(estimated.isWorkingDay(d("2027-01-01"))).isFalse();
        assertThat(estimated.isProvisional(d("2027-01-01"))).isTrue();
        assertThat(estimated.lastPublishedDay()).isEqualTo(d("2026-12-31"));
        assertThatThrownBy(() -> BusinessCalendar.builder().coverage(d("2051-01-01"), d("2051-12-31")).statutoryEstimate().build())
                .isInstanceOf(dev.kefu.core.validation.PolicyInputException.class).hasMessageContaining("statutoryEstimate");
    }

    @Test
    @DisplayName("CORE-CAL-3 2027 statutory days: 元旦 1 Jan, 春节 除夕 5 Feb + 6-8 Feb, 清明 5 Apr, 劳动节 1-2 May, 端午 9 Jun, 中秋 15 Sep, 国庆 1-3 Oct")
    void statutory_days_2027() {
        for (String day : new String[] {"2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08",
                "2027-04-05", "2027-05-01", "2027-05-02", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03"}) {
            assertThat(off(day)).as(day).isTrue();
            assertThat(cal.describe(d(day)).kind()).as(day).isEqualTo(DayKind.OFFICIAL_HOLIDAY);
            assertThat(cal.describe(d(day)).provisional()).as(day).isTrue();
        }
        assertThat(cal.describe(d("2027-02-05")).name()).hasValue("春节");
        assertThat(cal.describe(d("2027-04-05")).name()).hasValue("清明节");
        assertThat(cal.describe(d("2027-06-09")).name()).hasValue("端午节");
        assertThat(cal.describe(d("2027-09-15")).name()).hasValue("中秋节");
    }

    @Test
    @DisplayName("CORE-CAL-3 补假: 春节 2027 has Sat 6 and Sun 7 Feb, so Tue 9 and Wed 10 Feb are substitute days off")
    void substitute_days_after_spring_festival_2027() {
        assertThat(off("2027-02-09")).isTrue();
        assertThat(off("2027-02-10")).isTrue();
        assertThat(off("2027-02-11")).isFalse();
        assertThat(cal.describe(d("2027-02-09")).name()).hasValueSatisfying(n -> assertThat(n).contains("补假"));
    }

    @Test
    @DisplayName("CORE-CAL-3 补假: 劳动节 2027 on Sat-Sun gives Mon 3 and Tue 4 May; 国庆 2027 Fri-Sun gives Mon 4 and Tue 5 Oct")
    void substitute_days_labour_and_national_day_2027() {
        assertThat(off("2027-05-03")).isTrue();
        assertThat(off("2027-05-04")).isTrue();
        assertThat(off("2027-05-05")).isFalse();
        assertThat(off("2027-10-04")).isTrue();
        assertThat(off("2027-10-05")).isTrue();
        assertThat(off("2027-10-06")).isFalse();
    }

    @Test
    @DisplayName("CORE-CAL-3 补假: 元旦 2028 on a Saturday gives Mon 3 Jan; a statutory day on a weekday gives none (元旦 2027 Fri)")
    void substitute_day_new_year_2028() {
        assertThat(off("2028-01-03")).isTrue();
        assertThat(off("2028-01-04")).isFalse();
        assertThat(off("2027-01-04")).isFalse();
    }

    @Test
    @DisplayName("CORE-CAL-3 中秋 on 3 Oct 2028 coincides with 国庆: one day off named after both, no extra day; Sun 1 Oct gives Wed 4 Oct")
    void mid_autumn_coinciding_with_national_day_2028() {
        assertThat(cal.describe(d("2028-10-03")).name()).hasValueSatisfying(n -> assertThat(n).contains("国庆节").contains("中秋节"));
        assertThat(off("2028-10-04")).isTrue();
        assertThat(off("2028-10-05")).isFalse();
    }

    @Test
    @DisplayName("CORE-CAL-3 the estimate has no make-up working days: weekends around 春节 2027 stay off")
    void no_make_up_days_in_an_estimate() {
        assertThat(off("2027-01-30")).isTrue();
        assertThat(off("2027-02-13")).isTrue();
        assertThat(off("2027-02-14")).isTrue();
        assertThat(cal.describe(d("2027-02-13")).kind()).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    @DisplayName("CORE-CAL-3 a published year loaded over its estimate stops being provisional, and its own days apply")
    void loaded_year_replaces_estimate() {
        String csv = "date,kind,name\n"
                + "2027-01-01,HOLIDAY,元旦\n"
                + "2027-02-06,HOLIDAY,春节\n2027-02-07,HOLIDAY,春节\n2027-02-08,HOLIDAY,春节\n"
                + "2027-02-20,WORKDAY,春节\n";
        BusinessCalendar loaded = cal.withPublishedSchedule(PublishedSchedule.fromCsv(new StringReader(csv)));
        assertThat(loaded.isProvisional(d("2027-06-09"))).isFalse();
        assertThat(loaded.lastPublishedDay()).isEqualTo(d("2027-12-31"));
        assertThat(loaded.isProvisional(d("2028-01-03"))).isTrue();
        assertThat(loaded.isWorkingDay(d("2027-02-20"))).isTrue();   // the notice's make-up day
        assertThat(loaded.isWorkingDay(d("2027-02-05"))).isTrue();   // not listed by this notice
        assertThat(loaded.isWorkingDay(d("2027-02-09"))).isTrue();   // no estimated 补假 any more
        assertThat(loaded.describe(d("2027-02-06")).provisional()).isFalse();
        assertThat(loaded.deadlineAfterWorkingDaysDetailed(at("2026-12-30T10:00"), 2).provisional()).isFalse();
        // the calendar it was derived from is unchanged
        assertThat(cal.isProvisional(d("2027-06-09"))).isTrue();
        assertThat(cal.isWorkingDay(d("2027-02-09"))).isFalse();
    }

    @Test
    @DisplayName("CORE-CAL-3 coverage alert: covered, ending soon within the warning period, provisional after, uncovered")
    void coverage_alert() {
        Decision<CoverageAlert> ok = cal.coverageAlert(d("2026-06-01"), Period.ofDays(30));
        assertThat(ok.outcome().status()).isEqualTo(CoverageAlert.Status.COVERED);
        assertThat(ok.outcome().needsAction()).isFalse();
        assertThat(ok.outcome().daysOfPublishedCoverageLeft()).isEqualTo(213);
        Decision<CoverageAlert> soon = cal.coverageAlert(d("2026-11-24"), Period.ofDays(60));
        assertThat(soon.outcome().status()).isEqualTo(CoverageAlert.Status.ENDING_SOON);
        assertThat(soon.outcome().needsAction()).isTrue();
        assertThat(soon.ruleIds()).extracting(r -> r.value()).containsExactly("CORE-CAL-3");
        assertThat(soon.explain(Locale.SIMPLIFIED_CHINESE)).contains("2026-12-31").contains("2027 年放假安排尚未公布");
        assertThat(soon.explain(Locale.ENGLISH)).contains("published holiday schedules end on 2026-12-31");
        assertThat(cal.coverageAlert(d("2026-11-24"), Period.ofDays(37)).outcome().status()).isEqualTo(CoverageAlert.Status.ENDING_SOON);
        assertThat(cal.coverageAlert(d("2026-11-24"), Period.ofDays(36)).outcome().status()).isEqualTo(CoverageAlert.Status.COVERED);
        assertThat(cal.coverageAlert(d("2027-01-05"), Period.ofDays(30)).outcome().status()).isEqualTo(CoverageAlert.Status.PROVISIONAL);
        assertThat(cal.coverageAlert(d("2051-01-05"), Period.ofDays(30)).outcome().status()).isEqualTo(CoverageAlert.Status.UNCOVERED);
        assertThat(CoverageAlert.Status.PROVISIONAL.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("正在使用临时估算");
        assertThatThrownBy(() -> cal.coverageAlert(null, Period.ofDays(1))).isInstanceOf(dev.kefu.core.validation.PolicyInputException.class);
        assertThatThrownBy(() -> cal.coverageAlert(d("2026-01-01"), Period.ofDays(-1))).isInstanceOf(dev.kefu.core.validation.PolicyInputException.class);
    }

    @Test
    @DisplayName("CORE-CAL-3 detailed answers: working days, working time and plusWorkingTime say when they touched 2027")
    void detailed_answers() {
        assertThat(cal.plusWorkingDaysDetailed(d("2026-12-30"), 1)).isEqualTo(new CalendarAnswer<>(d("2026-12-31"), false));
        assertThat(cal.plusWorkingDaysDetailed(d("2026-12-30"), 2)).isEqualTo(new CalendarAnswer<>(d("2027-01-04"), true));
        assertThat(cal.workingTimeBetweenDetailed(at("2026-12-31T20:00"), at("2027-01-04T09:00")))
                .isEqualTo(new CalendarAnswer<>(Duration.ofHours(3), true));
        assertThat(cal.plusWorkingTimeDetailed(at("2026-12-31T20:00"), Duration.ofHours(1)).provisional()).isFalse();
        assertThat(cal.plusWorkingTimeDetailed(at("2026-12-31T20:00"), Duration.ofHours(3)).value()).isEqualTo(at("2027-01-04T09:00"));
        assertThat(cal.isProvisionalBetween(d("2027-01-04"), d("2026-12-01"))).isTrue();
    }

    @Property(tries = 300)
    @Label("CORE-CAL-3 plusWorkingDays composes across the published/provisional boundary")
    void composes_across_boundary(@ForAll @DateRange(min = "2026-06-01", max = "2027-06-30") LocalDate date,
            @ForAll @IntRange(min = 1, max = 300) int a, @ForAll @IntRange(min = 1, max = 300) int b) {
        assertThat(cal.plusWorkingDays(cal.plusWorkingDays(date, a), b)).isEqualTo(cal.plusWorkingDays(date, a + b));
        LocalDate due = cal.plusWorkingDays(date, a);
        assertThat(cal.isWorkingDay(due)).isTrue();
        assertThat(cal.workingDaysBetween(date, due)).isEqualTo(a);
    }

    @Property(tries = 300)
    @Label("CORE-CAL-3 a loaded year never reports provisional; the years around it still do")
    void loaded_year_never_provisional(@ForAll @DateRange(min = "2027-01-01", max = "2027-12-31") LocalDate date) {
        BusinessCalendar loaded = Loaded.CAL;
        assertThat(loaded.isProvisional(date)).isFalse();
        assertThat(loaded.describe(date).provisional()).isFalse();
        assertThat(loaded.isProvisional(date.plusYears(1))).isTrue();
    }

    @Property(tries = 300)
    @Label("CORE-CAL-3 a deadline in a provisional year never lands on a day off")
    void provisional_deadline_on_a_working_day(@ForAll @DateRange(min = "2027-01-01", max = "2049-12-01") LocalDate date,
            @ForAll @IntRange(min = 1, max = 20) int n) {
        Instant due = cal.deadlineAfterWorkingDays(date.atTime(10, 0).atZone(SHANGHAI).toInstant(), n);
        assertThat(cal.isWorkingDay(LocalDate.ofInstant(due, SHANGHAI))).isTrue();
    }

    private static final class Loaded {
        static final BusinessCalendar CAL = BusinessCalendar.chinaOfficial().withPublishedSchedule(
                PublishedSchedule.fromCsv(new StringReader("date,kind,name\n2027-01-01,HOLIDAY,元旦\n")));
    }
}
