package dev.kefu.gas.readrate;

/** How a class's read rate compares with its target (MTR-6). */
public enum RateStatus {
    /** At or above the target. */
    MET,
    /** Below the target: reported, and counted in the appraisal (MTR-11). */
    BELOW,
    /** No meter of the class was due. */
    NONE_DUE
}
