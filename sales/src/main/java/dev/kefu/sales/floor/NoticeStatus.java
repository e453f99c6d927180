package dev.kefu.sales.floor;

/** Whether a dunning notice (催款通知单) is on record (EST-6). */
public enum NoticeStatus {
    /** At least one notice was issued and recorded after the due date. */
    RECORDED,
    /** None yet. */
    NONE
}
