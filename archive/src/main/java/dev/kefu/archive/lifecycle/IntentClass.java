package dev.kefu.archive.lifecycle;

/** A prospect's intent class (意向客户分类), ARC-16. */
public enum IntentClass {
    /** Strong intent; needs a tracking sheet. */
    A,
    /** Clear intent; needs a tracking sheet. */
    B,
    /** Some intent. */
    C,
    /** Little intent. */
    D;

    /** Whether ARC-16 requires a tracking sheet for this class. */
    public boolean needsTrackingSheet() {
        return this == A || this == B;
    }
}
