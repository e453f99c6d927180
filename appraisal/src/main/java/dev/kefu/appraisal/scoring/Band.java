package dev.kefu.appraisal.scoring;

/** The result bands of APR-4. */
public enum Band {
    /** 优秀. */
    EXCELLENT,
    /** 合格. */
    QUALIFIED,
    /** 不合格. */
    UNQUALIFIED
}
