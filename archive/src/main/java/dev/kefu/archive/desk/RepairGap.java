package dev.kefu.archive.desk;

/** What is wrong with the handling of a repair call (ARC-20). */
public enum RepairGap {
    /** No repair order (维修单) was written up. */
    NO_REPAIR_ORDER,
    /** The repair was arranged after the deadline. */
    ARRANGED_LATE,
    /** The repair is not arranged and the deadline has passed. */
    OVERDUE,
    /** The repair record is not in the customer's archive (ARC-11: 维修记录). */
    NOT_IN_ARCHIVE
}
