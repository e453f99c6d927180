package dev.kefu.appraisal.scoring;

/** Who scores (APR-3): the supervisor, customers, the employee. */
public enum Source {
    /** 上级评分. */
    SUPERVISOR,
    /** 客户评分. */
    CUSTOMERS,
    /** 自评. */
    SELF
}
