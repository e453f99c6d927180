package dev.kefu.gas.hall;

import static dev.kefu.gas.Gas.at;
import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.calendar.DutyCalendar;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.gas.DeskRole;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShiftChangePolicyTest {

    static final EmployeeId WANG = EmployeeId.of("clerk-wang");
    static final EmployeeId HEAD = EmployeeId.of("head-zhou");
    static final ShiftChangePolicy POLICY = ShiftChangePolicy.regulation();
    /** Weekdays only: the department head's working days. */
    static final DutyCalendar WEEKDAYS = DutyCalendar.of(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);

    static ShiftChange approved(String shift, String applied, String approvedAt) {
        return ShiftChange.answered(WANG, at(shift), at(applied), DeskRole.DEPARTMENT_HEAD, Approval.approved(HEAD, DeskRole.DEPARTMENT_HEAD, at(approvedAt)));
    }

    @Test
    @DisplayName("MTR-16: applied the day before (23:59) on a desk on duty every day and approved: effective")
    void one_day_ahead() {
        var d = POLICY.check(approved("2026-11-25T08:00", "2026-11-24T23:59", "2026-11-25T07:00"));
        assertThat(d.outcome().status()).isEqualTo(ChangeStatus.EFFECTIVE);
        assertThat(d.outcome().findings()).isEmpty();
        assertThat(en(d)).contains("applied for in time and approved: it takes effect");
        assertThat(POLICY.noticeDutyDays()).isEqualTo(1);
    }

    @Test
    @DisplayName("MTR-16: applied on the shift's own day is short notice and not effective, even if approved")
    void same_day() {
        var d = POLICY.check(approved("2026-11-25T14:00", "2026-11-25T00:00", "2026-11-25T08:00"));
        assertThat(d.outcome().status()).isEqualTo(ChangeStatus.NOT_EFFECTIVE);
        assertThat(d.outcome().findings()).containsExactly(ChangeFinding.SHORT_NOTICE);
        assertThat(en(d)).contains("was applied for on 2026-11-25; the latest day was 2026-11-24 (1 duty day(s) ahead)");
        assertThat(zh(d)).contains("最迟应于 2026-11-24 申请");
    }

    @Test
    @DisplayName("MTR-16: on a weekday duty calendar a Monday shift must be applied for by Friday; Saturday is too late")
    void duty_calendar() {
        ShiftChangePolicy weekdays = ShiftChangePolicy.builder().dutyCalendar(WEEKDAYS).build();
        assertThat(weekdays.lastApplicationDay(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(weekdays.lastApplicationDay(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(weekdays.check(approved("2026-11-30T08:00", "2026-11-27T17:00", "2026-11-28T09:00")).outcome().status())
                .isEqualTo(ChangeStatus.EFFECTIVE);
        assertThat(weekdays.check(approved("2026-11-30T08:00", "2026-11-28T09:00", "2026-11-28T09:00")).outcome().findings())
                .containsExactly(ChangeFinding.SHORT_NOTICE);
        ShiftChangePolicy two = ShiftChangePolicy.builder().noticeDutyDays(2).build();
        assertThat(two.lastApplicationDay(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    @DisplayName("MTR-16: not yet approved is pending and does not take effect")
    void pending() {
        var d = POLICY.check(ShiftChange.pending(WANG, at("2026-11-25T08:00"), at("2026-11-23T10:00"), DeskRole.DEPARTMENT_HEAD));
        assertThat(d.outcome().status()).isEqualTo(ChangeStatus.PENDING);
        assertThat(d.outcome().findings()).containsExactly(ChangeFinding.NOT_APPROVED);
        assertThat(en(d)).contains("is not approved yet and does not take effect");
        var lateAndPending = POLICY.check(ShiftChange.pending(WANG, at("2026-11-25T08:00"), at("2026-11-25T07:00"), DeskRole.DEPARTMENT_HEAD));
        assertThat(lateAndPending.outcome().status()).isEqualTo(ChangeStatus.NOT_EFFECTIVE);
    }

    @Test
    @DisplayName("MTR-16: applied to or approved by someone other than the department head, refused, or approved after the shift started: not effective")
    void not_effective() {
        var wrongTo = POLICY.check(ShiftChange.answered(WANG, at("2026-11-25T08:00"), at("2026-11-23T10:00"), DeskRole.GROUP_LEADER,
                Approval.approved(HEAD, DeskRole.GROUP_LEADER, at("2026-11-24T10:00"))));
        assertThat(wrongTo.outcome().findings()).containsExactly(ChangeFinding.WRONG_APPROVER);
        assertThat(en(wrongTo)).contains("applied for to a business-centre group leader").contains("approved by head-zhou, a business-centre group leader");
        assertThat(zh(wrongTo)).contains("营业中心组长");
        var refused = POLICY.check(ShiftChange.answered(WANG, at("2026-11-25T08:00"), at("2026-11-23T10:00"), DeskRole.DEPARTMENT_HEAD,
                Approval.refused(HEAD, DeskRole.DEPARTMENT_HEAD, at("2026-11-24T10:00"))));
        assertThat(refused.outcome().findings()).containsExactly(ChangeFinding.REFUSED);
        assertThat(en(refused)).contains("was refused by head-zhou");
        var tooLate = POLICY.check(approved("2026-11-25T08:00", "2026-11-23T10:00", "2026-11-25T08:01"));
        assertThat(tooLate.outcome().findings()).containsExactly(ChangeFinding.APPROVED_TOO_LATE);
        assertThat(POLICY.check(approved("2026-11-25T08:00", "2026-11-23T10:00", "2026-11-25T08:00")).outcome().status()).isEqualTo(ChangeStatus.EFFECTIVE);
    }

    @Test
    @DisplayName("MTR-16: bad settings, malformed changes and a calendar with no duty day are rejected")
    void malformed() {
        rejects(() -> ShiftChangePolicy.builder().noticeDutyDays(0).dutyCalendar(null).zone(null).build(), "noticeDutyDays", "dutyCalendar", "zone");
        rejects(() -> new ShiftChange(null, null, null, null, null), "employee", "shiftStart", "appliedAt", "appliedTo", "answer");
        rejects(() -> ShiftChange.pending(WANG, at("2026-11-25T08:00"), at("2026-11-25T08:01"), DeskRole.DEPARTMENT_HEAD), "appliedAt");
        rejects(() -> new Approval(null, null, null, null), "by", "role", "at", "answer");
        rejects(() -> POLICY.check(null), "change");
        rejects(() -> POLICY.lastApplicationDay(null), "shiftDay");
        ShiftChangePolicy never = ShiftChangePolicy.builder().dutyCalendar(DutyCalendar.of(d -> false)).zone(ZoneOffset.UTC).build();
        rejects(() -> never.lastApplicationDay(LocalDate.of(2026, 11, 25)), "dutyCalendar");
        assertThat(never.toString()).contains("1 duty day");
    }
}
