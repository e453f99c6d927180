package dev.kefu.gas.meter;

/** How a reading was obtained (MTR-5). */
public enum ReadingMethod {
    /** Read on site from the meter (實抄). */
    ON_SITE,
    /** Estimated (估抄): never stored as a reading. */
    ESTIMATED
}
