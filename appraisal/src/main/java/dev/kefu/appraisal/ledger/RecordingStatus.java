package dev.kefu.appraisal.ledger;

/** What became of an offence report. */
public enum RecordingStatus {
    /** Recorded: the entry is in the ledger. */
    RECORDED,
    /** Refused: only the customer-service manager may record offences (APR-9); nothing recorded. */
    REFUSED_RECORDER_NOT_MANAGER,
    /** Not an offence (a phone answered before the 4th ring); nothing recorded. */
    NO_OFFENCE
}
