package dev.kefu.complaints.workflow;

/** Whether someone may read a complaint's record (CMP-6). Labels: {@code ComplaintsMessages.label}. */
public enum ReadAccess {
    /** May read it. */
    GRANTED,
    /** May not read it. */
    REFUSED
}
