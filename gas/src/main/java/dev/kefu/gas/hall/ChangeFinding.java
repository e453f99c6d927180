package dev.kefu.gas.hall;

/** What stands in the way of a shift change or an on-the-day swap (MTR-16, MTR-17). */
public enum ChangeFinding {
    /** Applied with less notice than required (MTR-16). */
    SHORT_NOTICE,
    /** Applied to, or answered by, someone other than the role the rule names. */
    WRONG_APPROVER,
    /** Not answered yet: not effective until approved. */
    NOT_APPROVED,
    /** Refused. */
    REFUSED,
    /** Approved only after it started. */
    APPROVED_TOO_LATE,
    /** The group leader did not record the consent (MTR-17). */
    NOT_RECORDED
}
