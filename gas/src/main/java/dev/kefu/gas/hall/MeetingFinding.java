package dev.kefu.gas.hall;

/** What is wrong with a week's meeting (MTR-20). */
public enum MeetingFinding {
    /** No meeting on the meeting day. */
    NO_MEETING,
    /** Held before work ended (the seed: 下午下班后). */
    BEFORE_WORK_ENDED,
    /** Not chaired by the group leader. */
    WRONG_CHAIR,
    /** Attendance not recorded. */
    ATTENDANCE_NOT_RECORDED,
    /** Someone on duty that day did not attend. */
    ABSENT
}
