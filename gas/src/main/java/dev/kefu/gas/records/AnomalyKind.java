package dev.kefu.gas.records;

/** A meter anomaly found on a round (MTR-9: 快、慢、失靈). */
public enum AnomalyKind {
    /** The meter runs fast. */
    FAST,
    /** The meter runs slow. */
    SLOW,
    /** The meter has failed. */
    FAILED
}
