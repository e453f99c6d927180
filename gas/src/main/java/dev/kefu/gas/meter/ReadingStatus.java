package dev.kefu.gas.meter;

/** Whether a reading may be stored (MTR-5) and was taken on schedule (MTR-7). */
public enum ReadingStatus {
    /** Stored: an on-site, complete reading on a reading day. */
    ACCEPTED,
    /** Stored, but taken outside the reading days: a late or early reading (MTR-7). */
    OFF_SCHEDULE,
    /** Not stored: an estimate, an incomplete commercial reading or a suspected wrong reading (MTR-5). */
    REFUSED
}
