package dev.kefu.gas.performance;

/** The appraisal indicators of reading, collection and billing work (MTR-11). */
public enum DeskIndicator {
    /** The read rates (MTR-6). */
    READ_RATE,
    /** Report punctuality (MTR-9). */
    REPORT_PUNCTUALITY,
    /** Arrears chased (MTR-10). */
    ARREARS_CHASED,
    /** Reconciliation results (MTR-15). */
    RECONCILIATION
}
