package dev.kefu.sales.reception;

/** Whether a rep can take a turn at reception (ATT-1). */
public enum Availability {
    /** At the desk and free. */
    AVAILABLE,
    /** Out on company business (外出办公); missed turns are made up on return. */
    AWAY_ON_BUSINESS,
    /** Busy with a customer; missed turns are made up when free again. */
    BUSY
}
