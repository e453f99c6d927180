package dev.kefu.sales.floor;

/** A unit's status on the sales-control board (销控), EST-10. */
public enum UnitStatus {
    /** Unsold and unreserved: may be reserved. */
    AVAILABLE,
    /** Reserved with a deposit (定购). */
    RESERVED,
    /** Sold. */
    SOLD
}
