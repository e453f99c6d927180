package dev.kefu.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.validation.PolicyInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Deadlines counted as the PRC Civil Code arts. 201-203 count periods. */
class DeadlineTest {

    private final BusinessCalendar cal = BusinessCalendar.chinaOfficial();

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Test
    @DisplayName("CORE-CAL-1 the Javadoc example: received 21:30 on 30 Sep 2025, 2 working days, due 22:00 on 10 Oct")
    void evening_before_the_national_day_week() {
        assertThat(cal.deadlineAfterWorkingDays(at("2025-09-30T21:30"), 2)).isEqualTo(at("2025-10-10T22:00"));
        assertThat(cal.deadlineAfterWorkingDays(at("2025-09-30T21:30"), 1)).isEqualTo(at("2025-10-09T22:00"));
    }

    @Test
    @DisplayName("CORE-CAL-1 the day of receipt is not counted, whatever the hour")
    void day_of_receipt_not_counted() {
        assertThat(cal.deadlineAfterWorkingDays(at("2025-06-04T07:00"), 1)).isEqualTo(at("2025-06-05T22:00"));
        assertThat(cal.deadlineAfterWorkingDays(at("2025-06-04T12:00"), 1)).isEqualTo(at("2025-06-05T22:00"));
        assertThat(cal.deadlineAfterWorkingDays(at("2025-06-04T23:30"), 1)).isEqualTo(at("2025-06-05T22:00"));
    }

    @Test
    @DisplayName("CORE-CAL-1 received on a day off, the first working day after it is day one")
    void received_on_a_day_off() {
        assertThat(cal.deadlineAfterWorkingDays(at("2025-10-03T10:00"), 1)).isEqualTo(at("2025-10-09T22:00"));
        assertThat(cal.deadlineAfterWorkingDays(at("2025-06-07T10:00"), 2)).isEqualTo(at("2025-06-10T22:00"));
        // Saturday Oct 11 2025 is a make-up working day and counts
        assertThat(cal.deadlineAfterWorkingDays(at("2025-10-10T09:00"), 1)).isEqualTo(at("2025-10-11T22:00"));
    }

    @Test
    @DisplayName("CORE-CAL-1 Spring Festival 2025: received Jan 27, 2 working days, due Feb 6")
    void spring_festival() {
        assertThat(cal.deadlineAfterWorkingDays(at("2025-01-27T15:00"), 2)).isEqualTo(at("2025-02-06T22:00"));
    }

    @Test
    @DisplayName("CORE-CAL-1 a period below one working day is refused")
    void period_at_least_one() {
        assertThatThrownBy(() -> cal.deadlineAfterWorkingDays(at("2025-06-04T12:00"), 0))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("n:");
    }
}
