package dev.kefu.complaints.penalty;

/** Whether a tier-5 offence also carries economic and legal liability ("where serious", CMP-12). Labels: {@code ComplaintsMessages.label}. */
public enum Liability {
    /** No further liability. */
    NONE,
    /** Economic and legal liability (追究经济和法律责任). */
    ECONOMIC_AND_LEGAL
}
