package dev.kefu.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of the calendar (CORE-CAL-1, CORE-CAL-2). Dates are drawn from 2021-2025 and
 * moves from up to a year of working days, so every answer lies inside the 2020-2026 data.
 */
class CalendarProperties {

    private static final BusinessCalendar CAL = BusinessCalendar.chinaOfficial();
    private static final BusinessCalendar FALLBACK = CAL.toBuilder().weekendsOnlyOutsideCoverage().build();
    private static final LocalDate BASE = LocalDate.of(2021, 1, 1);
    private static final Instant BASE_INSTANT = BASE.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();

    private static LocalDate day(int offset) {
        return BASE.plusDays(offset);
    }

    @Property
    @Label("CORE-CAL-1 plusWorkingDays lands on a working day")
    void lands_on_a_working_day(@ForAll @IntRange(min = 0, max = 1825) int offset,
                                @ForAll @IntRange(min = -240, max = 240) int n) {
        net.jqwik.api.Assume.that(n != 0);
        assertThat(CAL.isWorkingDay(CAL.plusWorkingDays(day(offset), n))).isTrue();
    }

    @Property
    @Label("CORE-CAL-1 workingDaysBetween(d, plusWorkingDays(d, n)) == n for n > 0, and for n < 0 from a working day")
    void between_inverts_plus(@ForAll @IntRange(min = 0, max = 1825) int offset,
                              @ForAll @IntRange(min = -240, max = 240) int n) {
        LocalDate d = day(offset);
        if (n < 0) {
            d = CAL.nextOrSameWorkingDay(d);
        }
        assertThat(CAL.workingDaysBetween(d, CAL.plusWorkingDays(d, n))).isEqualTo(n);
    }

    @Property
    @Label("CORE-CAL-1 plusWorkingDays is monotonic in n and in the date")
    void plus_is_monotonic(@ForAll @IntRange(min = 0, max = 1825) int offset,
                           @ForAll @IntRange(min = 0, max = 40) int gap,
                           @ForAll @IntRange(min = -200, max = 200) int n,
                           @ForAll @IntRange(min = 0, max = 40) int more) {
        LocalDate a = day(offset);
        LocalDate b = a.plusDays(gap);
        assertThat(CAL.plusWorkingDays(a, n)).isBeforeOrEqualTo(CAL.plusWorkingDays(b, n));
        assertThat(CAL.plusWorkingDays(a, n)).isBeforeOrEqualTo(CAL.plusWorkingDays(a, n + more));
    }

    @Property
    @Label("CORE-CAL-1 workingDaysBetween is monotonic in its end and antisymmetric")
    void between_is_monotonic(@ForAll @IntRange(min = 0, max = 1400) int offset,
                              @ForAll @IntRange(min = 0, max = 400) int gap,
                              @ForAll @IntRange(min = 0, max = 40) int more) {
        LocalDate a = day(offset);
        LocalDate b = a.plusDays(gap);
        assertThat(CAL.workingDaysBetween(a, b)).isLessThanOrEqualTo(CAL.workingDaysBetween(a, b.plusDays(more)));
        assertThat(CAL.workingDaysBetween(b, a)).isEqualTo(-CAL.workingDaysBetween(a, b));
    }

    @Property
    @Label("CORE-CAL-1 the table answers agree with a day-by-day count")
    void agrees_with_naive_count(@ForAll @IntRange(min = 0, max = 1825) int offset,
                                 @ForAll @IntRange(min = 0, max = 60) int gap) {
        LocalDate a = day(offset);
        LocalDate b = a.plusDays(gap);
        long naive = 0;
        for (LocalDate x = a.plusDays(1); !x.isAfter(b); x = x.plusDays(1)) {
            if (CAL.isWorkingDay(x)) {
                naive++;
            }
        }
        assertThat(CAL.workingDaysBetween(a, b)).isEqualTo(naive);
    }

    @Property
    @Label("CORE-CAL-1 the weekends-only fallback keeps the same invariants across the coverage edges")
    void fallback_invariants(@ForAll @IntRange(min = -4000, max = 6000) int offset,
                             @ForAll @IntRange(min = 1, max = 600) int n) {
        LocalDate d = day(offset);
        LocalDate reached = FALLBACK.plusWorkingDays(d, n);
        assertThat(FALLBACK.isWorkingDay(reached)).isTrue();
        assertThat(FALLBACK.workingDaysBetween(d, reached)).isEqualTo(n);
        LocalDate back = FALLBACK.plusWorkingDays(reached, -n);
        assertThat(FALLBACK.workingDaysBetween(back, reached)).isEqualTo(n);
    }

    @Property
    @Label("CORE-CAL-2 workingTimeBetween(t, plusWorkingTime(t, x)) == x")
    void working_time_round_trip(@ForAll @LongRange(min = 0, max = 1825L * 86_400) long second,
                                 @ForAll @LongRange(min = 0, max = 400L * 3600) long workingSeconds) {
        Instant t = BASE_INSTANT.plusSeconds(second);
        Duration x = Duration.ofSeconds(workingSeconds);
        Instant reached = CAL.plusWorkingTime(t, x);
        assertThat(CAL.workingTimeBetween(t, reached)).isEqualTo(x);
        assertThat(reached).isAfterOrEqualTo(t);
    }

    @Property
    @Label("CORE-CAL-2 plusWorkingTime of a positive duration ends inside or at the end of working hours")
    void working_time_ends_in_working_hours(@ForAll @LongRange(min = 0, max = 1825L * 86_400) long second,
                                            @ForAll @LongRange(min = 1, max = 400L * 3600) long workingSeconds) {
        Instant reached = CAL.plusWorkingTime(BASE_INSTANT.plusSeconds(second), Duration.ofSeconds(workingSeconds));
        assertThat(CAL.isWorkingTime(reached) || CAL.isWorkingTime(reached.minusNanos(1))).isTrue();
    }

    @Property
    @Label("CORE-CAL-1 a deadline never falls on a day off and is at close of business")
    void deadline_on_a_working_day(@ForAll @LongRange(min = 0, max = 1825L * 86_400) long second,
                                   @ForAll @IntRange(min = 1, max = 30) int n) {
        Instant received = BASE_INSTANT.plusSeconds(second);
        Instant due = CAL.deadlineAfterWorkingDays(received, n);
        LocalDate dueDay = due.minusNanos(1).atZone(CAL.zone()).toLocalDate();
        assertThat(CAL.isWorkingDay(dueDay)).isTrue();
        assertThat(due).isEqualTo(CAL.closeOfBusiness(dueDay));
        LocalDate receivedDay = received.atZone(CAL.zone()).toLocalDate();
        assertThat(CAL.workingDaysBetween(receivedDay, dueDay)).isEqualTo(n);
    }

    @Property
    @Label("CORE-CAL-1 workingTimeToDeadline equals the working time up to deadlineAfterWorkingDays")
    void working_time_to_deadline(@ForAll @LongRange(min = 0, max = 1825L * 86_400) long second,
                                  @ForAll @IntRange(min = 1, max = 30) int n) {
        Instant received = BASE_INSTANT.plusSeconds(second);
        assertThat(CAL.workingTimeToDeadline(received, n))
                .isEqualTo(CAL.workingTimeBetween(received, CAL.deadlineAfterWorkingDays(received, n)));
    }
}
