package dev.kefu.sales.reception;

/** Whether a rep can take a turn at reception (ATT-1, amended 2026-11-24). */
public enum Availability {
    /** On the floor and free. */
    AVAILABLE,
    /** Out on company business (因公事外出): missed turns are owed and made up on return. */
    AWAY_ON_BUSINESS,
    /** Busy receiving a customer (忙于接待客戶): skipped, owed nothing. */
    BUSY,
    /** Absent for another reason: skipped, owed nothing (the seed covers only company business). */
    ABSENT
}
