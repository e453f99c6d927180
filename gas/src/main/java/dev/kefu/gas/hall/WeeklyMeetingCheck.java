package dev.kefu.gas.hall;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.DeskRole;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The weekly meeting (周會制, MTR-20): every <b>Monday after work</b> (每周周一下午下班后),
 * chaired by the business-centre group leader; everyone on duty that day must attend, and
 * attendance is recorded. A paper rule made a check over the records the host passes in: a
 * Monday without a meeting, a meeting without attendance, an absent clerk.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class WeeklyMeetingCheck {

    private final DayOfWeek meetingDay;
    private final ZoneId zone;

    private WeeklyMeetingCheck(DayOfWeek meetingDay, ZoneId zone) {
        this.meetingDay = meetingDay;
        this.zone = zone;
    }

    /** The regulation's check: Monday after work, times in {@code Asia/Shanghai}. */
    public static WeeklyMeetingCheck regulation() {
        return new WeeklyMeetingCheck(DayOfWeek.MONDAY, GasMessages.DEFAULT_ZONE);
    }

    /**
     * A check with another meeting day or zone.
     *
     * @param meetingDay  the day of the week, not null
     * @param zone  the zone, not null
     * @return the check
     * @throws dev.kefu.core.validation.PolicyInputException naming every null argument
     */
    public static WeeklyMeetingCheck of(DayOfWeek meetingDay, ZoneId zone) {
        Violations v = Violations.create();
        v.requireNonNull(meetingDay, "meetingDay", GasRules.MTR_20);
        v.requireNonNull(zone, "zone", GasRules.MTR_20);
        v.throwIfAny();
        return new WeeklyMeetingCheck(meetingDay, zone);
    }

    /**
     * Checks one meeting day (MTR-20).
     *
     * @param day  the meeting day (a Monday under the regulation), not null
     * @param workEnds  when work ended that day, not null
     * @param onDuty  everyone on duty that day, not null
     * @param meetings  the meetings held (any day), not null
     * @return the decision: in order, or every finding
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is null or the day
     *     is not the meeting day of the week
     */
    public Decision<MeetingVerdict> check(LocalDate day, Instant workEnds, Set<EmployeeId> onDuty, List<WeeklyMeeting> meetings) {
        Violations v = Violations.create();
        if (v.requireNonNull(day, "day", GasRules.MTR_20) && day.getDayOfWeek() != meetingDay) {
            v.add("day", GasMessages.BUNDLE, "meeting.notMeetingDay", GasRules.MTR_20);
        }
        v.requireNonNull(workEnds, "workEnds", GasRules.MTR_20);
        if (v.requireNonNull(onDuty, "onDuty", GasRules.MTR_20) && GasMessages.hasNull(onDuty)) {
            v.add("onDuty", "required", GasRules.MTR_20);
        }
        if (v.requireNonNull(meetings, "meetings", GasRules.MTR_20)) {
            for (int i = 0; i < meetings.size(); i++) {
                v.requireNonNull(meetings.get(i), "meetings[" + i + "]", GasRules.MTR_20);
            }
        }
        v.throwIfAny();
        WeeklyMeeting meeting = null;
        for (WeeklyMeeting m : meetings) {
            if (LocalDate.ofInstant(m.startsAt(), zone).equals(day)) {
                meeting = m;
                break;
            }
        }
        Set<MeetingFinding> findings = EnumSet.noneOf(MeetingFinding.class);
        List<Reason> reasons = new ArrayList<>();
        Set<EmployeeId> absent = new TreeSet<>();
        if (meeting == null) {
            findings.add(MeetingFinding.NO_MEETING);
            reasons.add(reason("meeting.none", day));
            return Decision.of(new MeetingVerdict(findings, absent), reasons);
        }
        if (meeting.startsAt().isBefore(workEnds)) {
            findings.add(MeetingFinding.BEFORE_WORK_ENDED);
            reasons.add(reason("meeting.beforeWorkEnds", day, GasMessages.local(meeting.startsAt(), zone), GasMessages.local(workEnds, zone)));
        }
        if (meeting.chairRole() != DeskRole.GROUP_LEADER) {
            findings.add(MeetingFinding.WRONG_CHAIR);
            reasons.add(reason("meeting.chair", day, meeting.chair(), GasMessages.en(meeting.chairRole()), GasMessages.zh(meeting.chairRole())));
        }
        if (meeting.attendance().isEmpty()) {
            findings.add(MeetingFinding.ATTENDANCE_NOT_RECORDED);
            reasons.add(reason("meeting.noAttendance", day));
        } else {
            for (EmployeeId e : onDuty) {
                if (!meeting.attendance().get().contains(e)) {
                    absent.add(e);
                }
            }
            if (!absent.isEmpty()) {
                findings.add(MeetingFinding.ABSENT);
                reasons.add(reason("meeting.absent", day, absent.size(), absent.toString()));
            }
        }
        if (findings.isEmpty()) {
            reasons.add(reason("meeting.ok", day, onDuty.size()));
        }
        return Decision.of(new MeetingVerdict(findings, absent), reasons);
    }

    private static Reason reason(String key, Object... args) {
        return Reason.of(GasRules.MTR_20, GasMessages.BUNDLE, key, args);
    }

    @Override
    public String toString() {
        return "WeeklyMeetingCheck[" + meetingDay + "]";
    }
}
