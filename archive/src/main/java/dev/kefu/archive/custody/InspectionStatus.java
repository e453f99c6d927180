package dev.kefu.archive.custody;

/** Where the periodic inspection of stored files stands (ARC-13). */
public enum InspectionStatus {
    /** The last inspection is within the interval and found nothing. */
    UP_TO_DATE,
    /** The last inspection found damp, insects or corrosion: the files need attention. */
    HAZARD_FOUND,
    /** The next inspection is past due. */
    OVERDUE,
    /** No inspection was ever recorded. */
    NEVER_INSPECTED
}
