package dev.kefu.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.validation.PolicyInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final BusinessCalendar cal = BusinessCalendar.chinaOfficial();

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    @DisplayName("CORE-CAL-2 overlapping shifts 08:00-15:30 and 14:30-22:00 merge to 08:00-22:00, 14 hours, counted once")
    void overlapping_shifts_merge() {
        WorkingHours desk = WorkingHours.CUSTOMER_SERVICE_DESK;
        assertThat(desk.intervals()).containsExactly("08:00-22:00");
        assertThat(desk.perDay()).isEqualTo(Duration.ofHours(14));
        assertThat(desk.opening()).isEqualTo(LocalTime.of(8, 0));
        assertThat(desk.closeOfBusiness()).isEqualTo(LocalTime.of(22, 0));
        assertThat(cal.workingTimeBetween(at("2025-06-06T14:00"), at("2025-06-06T16:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    @DisplayName("CORE-CAL-2 split shifts keep their gap; touching shifts merge; 24:00 ends the day")
    void split_and_touching_shifts() {
        WorkingHours split = WorkingHours.of("08:30-12:00", "13:30-17:30");
        assertThat(split.intervals()).containsExactly("08:30-12:00", "13:30-17:30");
        assertThat(split.perDay()).isEqualTo(Duration.ofMinutes(450));
        assertThat(split.contains(LocalTime.of(12, 30))).isFalse();
        assertThat(split.contains(LocalTime.of(13, 30))).isTrue();
        assertThat(WorkingHours.of("08:00-12:00", "12:00-18:00").intervals()).containsExactly("08:00-18:00");
        WorkingHours late = WorkingHours.of("18:00-24:00");
        assertThat(late.closeOfBusiness()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(late.perDay()).isEqualTo(Duration.ofHours(6));
        assertThat(WorkingHours.of(LocalTime.of(8, 0), LocalTime.of(12, 0)).and(LocalTime.of(11, 0), LocalTime.of(13, 0)))
                .isEqualTo(WorkingHours.of("08:00-13:00"));
    }

    @Test
    @DisplayName("CORE-CAL-2 malformed shifts are refused with every problem listed")
    void malformed_shifts() {
        assertThatThrownBy(() -> WorkingHours.of("8 to 12", "15:00-14:00"))
                .isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(2));
        assertThatThrownBy(() -> WorkingHours.of()).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("CORE-CAL-2 working time runs only inside working hours of working days")
    void working_time_between() {
        // Friday 21:00 to Monday 09:00: one hour on Friday, one on Monday
        assertThat(cal.workingTimeBetween(at("2025-06-06T21:00"), at("2025-06-09T09:00"))).isEqualTo(Duration.ofHours(2));
        // across the 2025 National Day week: Sep 30 21:00 to Oct 9 09:00
        assertThat(cal.workingTimeBetween(at("2025-09-30T21:00"), at("2025-10-09T09:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(cal.workingTimeBetween(at("2025-10-09T09:00"), at("2025-09-30T21:00"))).isEqualTo(Duration.ofHours(-2));
        // at night nothing runs
        assertThat(cal.workingTimeBetween(at("2025-06-06T22:30"), at("2025-06-07T07:00"))).isZero();
    }

    @Test
    @DisplayName("CORE-CAL-2 plusWorkingTime stops at close of business rather than the next opening")
    void plus_working_time() {
        assertThat(cal.plusWorkingTime(at("2025-06-06T21:00"), Duration.ofHours(1))).isEqualTo(at("2025-06-06T22:00"));
        assertThat(cal.plusWorkingTime(at("2025-06-06T21:00"), Duration.ofHours(2))).isEqualTo(at("2025-06-09T09:00"));
        assertThat(cal.plusWorkingTime(at("2025-09-30T21:30"), Duration.ofHours(4))).isEqualTo(at("2025-10-09T11:30"));
        assertThat(cal.plusWorkingTime(at("2025-10-04T10:00"), Duration.ofMinutes(30))).isEqualTo(at("2025-10-09T08:30"));
        assertThat(cal.plusWorkingTime(at("2025-10-04T10:00"), Duration.ZERO)).isEqualTo(at("2025-10-04T10:00"));
        assertThatThrownBy(() -> cal.plusWorkingTime(at("2025-10-04T10:00"), Duration.ofHours(-1)))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("workingTime");
    }

    @Test
    @DisplayName("CORE-CAL-2 hours are configurable per date range (seasonal hours)")
    void seasonal_hours() {
        BusinessCalendar summer = BusinessCalendar.chinaOfficial().toBuilder()
                .workingHours(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 31), WorkingHours.of("07:30-12:00", "14:00-20:00"))
                .build();
        assertThat(summer.workingHours(LocalDate.of(2025, 7, 1))).contains(WorkingHours.of("07:30-12:00", "14:00-20:00"));
        assertThat(summer.workingHours(LocalDate.of(2025, 6, 30))).contains(WorkingHours.CUSTOMER_SERVICE_DESK);
        assertThat(summer.workingHours(LocalDate.of(2025, 7, 5))).isEmpty();
        // Mon Jun 30 21:00 -> Tue Jul 1 08:00: one hour of June desk time, half an hour of summer time
        assertThat(summer.workingTimeBetween(at("2025-06-30T21:00"), at("2025-07-01T08:00"))).isEqualTo(Duration.ofMinutes(90));
        assertThat(summer.plusWorkingTime(at("2025-06-30T21:00"), Duration.ofMinutes(90))).isEqualTo(at("2025-07-01T08:00"));
        assertThat(summer.isWorkingTime(at("2025-07-01T13:00"))).isFalse();
        assertThat(summer.isWorkingTime(at("2025-07-01T14:00"))).isTrue();
        assertThat(summer.closeOfBusiness(LocalDate.of(2025, 7, 1))).isEqualTo(at("2025-07-01T20:00"));
    }

    @Test
    @DisplayName("CORE-CAL-2 the zone defaults to Asia/Shanghai and can be changed")
    void zone() {
        assertThat(cal.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        BusinessCalendar utc = cal.toBuilder().zone(ZoneId.of("UTC")).build();
        assertThat(utc.closeOfBusiness(LocalDate.of(2025, 6, 6))).isEqualTo(Instant.parse("2025-06-06T22:00:00Z"));
        assertThat(cal.closeOfBusiness(LocalDate.of(2025, 6, 6))).isEqualTo(Instant.parse("2025-06-06T14:00:00Z"));
    }

    @Test
    @DisplayName("CORE-CAL-2 isWorkingTime: interval start inclusive, end exclusive; holidays never")
    void is_working_time() {
        assertThat(cal.isWorkingTime(at("2025-06-06T08:00"))).isTrue();
        assertThat(cal.isWorkingTime(at("2025-06-06T07:59:59"))).isFalse();
        assertThat(cal.isWorkingTime(at("2025-06-06T22:00"))).isFalse();
        assertThat(cal.isWorkingTime(at("2025-10-03T10:00"))).isFalse();
        assertThatThrownBy(() -> cal.closeOfBusiness(LocalDate.of(2025, 10, 3)))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("not a working day");
    }
}
