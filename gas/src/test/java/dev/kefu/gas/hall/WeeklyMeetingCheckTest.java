package dev.kefu.gas.hall;

import static dev.kefu.gas.Gas.at;
import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.gas.DeskRole;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeeklyMeetingCheckTest {

    static final WeeklyMeetingCheck CHECK = WeeklyMeetingCheck.regulation();
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final EmployeeId SUN = EmployeeId.of("leader-sun");
    static final EmployeeId A = EmployeeId.of("clerk-a");
    static final EmployeeId B = EmployeeId.of("clerk-b");

    @Test
    @DisplayName("MTR-20: a Monday meeting starting when work ends, chaired by the group leader, everyone on duty attending, is in order")
    void in_order() {
        var d = CHECK.check(MONDAY, at("2026-11-23T17:30"), Set.of(A, B),
                List.of(WeeklyMeeting.recorded(at("2026-11-23T17:30"), SUN, DeskRole.GROUP_LEADER, Set.of(A, B, SUN))));
        assertThat(d.outcome().findings()).isEmpty();
        assertThat(en(d)).contains("with all 2 on duty attending");
    }

    @Test
    @DisplayName("MTR-20: a Monday without a meeting is reported")
    void none() {
        var d = CHECK.check(MONDAY, at("2026-11-23T17:30"), Set.of(A),
                List.of(WeeklyMeeting.recorded(at("2026-11-24T17:30"), SUN, DeskRole.GROUP_LEADER, Set.of(A))));
        assertThat(d.outcome().findings()).containsExactly(MeetingFinding.NO_MEETING);
        assertThat(zh(d)).contains("2026-11-23 未召开周会");
    }

    @Test
    @DisplayName("MTR-20: a meeting without attendance, one minute before work ends, or chaired by someone else is reported")
    void findings() {
        var d = CHECK.check(MONDAY, at("2026-11-23T17:30"), Set.of(A),
                List.of(WeeklyMeeting.unrecorded(at("2026-11-23T17:29"), A, DeskRole.BILLING_CLERK)));
        assertThat(d.outcome().findings()).containsExactlyInAnyOrder(MeetingFinding.ATTENDANCE_NOT_RECORDED, MeetingFinding.BEFORE_WORK_ENDED,
                MeetingFinding.WRONG_CHAIR);
        assertThat(en(d)).contains("has no attendance record").contains("started at 2026-11-23 17:29, before work ended at 2026-11-23 17:30")
                .contains("chaired by clerk-a, a billing clerk");
    }

    @Test
    @DisplayName("MTR-20: everyone on duty must attend; absentees are named")
    void absent() {
        var d = CHECK.check(MONDAY, at("2026-11-23T17:30"), Set.of(A, B),
                List.of(WeeklyMeeting.recorded(at("2026-11-23T18:00"), SUN, DeskRole.GROUP_LEADER, Set.of(A))));
        assertThat(d.outcome().findings()).containsExactly(MeetingFinding.ABSENT);
        assertThat(d.outcome().absent()).containsExactly(B);
        assertThat(en(d)).contains("1 on duty did not attend: [clerk-b]");
    }

    @Test
    @DisplayName("MTR-20: a day that is not the meeting day, and malformed input, are rejected")
    void malformed() {
        rejects(() -> CHECK.check(MONDAY.plusDays(1), at("2026-11-24T17:30"), Set.of(), List.of()), "day");
        rejects(() -> CHECK.check(null, null, null, null), "day", "workEnds", "onDuty", "meetings");
        Set<EmployeeId> withNull = new HashSet<>(Arrays.asList(A, null));
        rejects(() -> CHECK.check(MONDAY, at("2026-11-23T17:30"), withNull, Arrays.asList((WeeklyMeeting) null)), "onDuty", "meetings[0]");
        rejects(() -> new WeeklyMeeting(null, null, null, null), "startsAt", "chair", "chairRole", "attendance");
        rejects(() -> WeeklyMeeting.recorded(at("2026-11-23T17:30"), SUN, DeskRole.GROUP_LEADER, withNull), "attendance");
        rejects(() -> WeeklyMeetingCheck.of(null, null), "meetingDay", "zone");
        WeeklyMeetingCheck friday = WeeklyMeetingCheck.of(DayOfWeek.FRIDAY, ZoneOffset.UTC);
        assertThat(friday.toString()).contains("FRIDAY");
        assertThat(friday.check(LocalDate.of(2026, 11, 27), java.time.Instant.parse("2026-11-27T09:00:00Z"), Set.of(), List.of()).outcome().findings())
                .containsExactly(MeetingFinding.NO_MEETING);
    }
}
