package dev.kefu.sales.floor;

/** The answer of a sales-control operation (EST-10). */
public enum ControlVerdict {
    /** The unit was available and is now reserved; central sales control shows it at once. */
    RESERVED,
    /** Refused: sales control does not show the unit as available (no selling one unit twice). */
    REFUSED_NOT_AVAILABLE,
    /** The reserved unit is now sold. */
    SOLD,
    /** The reservation was released; the unit is available again. */
    RELEASED,
    /** Refused: the unit is not reserved. */
    REFUSED_NOT_RESERVED
}
