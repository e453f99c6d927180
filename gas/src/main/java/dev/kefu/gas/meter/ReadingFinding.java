package dev.kefu.gas.meter;

/** What is wrong with a reading (MTR-5, MTR-7). */
public enum ReadingFinding {
    /** An estimate (估抄), never stored as a reading (MTR-5). */
    ESTIMATED,
    /** A commercial reading without its cumulative consumption or stored amount (MTR-5). */
    COMMERCIAL_VALUES_MISSING,
    /** An index below the meter's previous reading: a wrong reading (錯抄) is suspected (MTR-5). */
    INDEX_BELOW_PREVIOUS,
    /** Read outside the class's reading days (MTR-7). */
    OFF_SCHEDULE
}
