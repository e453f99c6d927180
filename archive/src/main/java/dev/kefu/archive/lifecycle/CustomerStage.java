package dev.kefu.archive.lifecycle;

/** The customer-management steps of ARC-14 (S1 part 8 §1). */
public enum CustomerStage {
    /** 收集客户资料. */
    COLLECTED,
    /** 筛选、分类. */
    SCREENED,
    /** 分析. */
    ANALYSED,
    /** 再分类. */
    RECLASSIFIED,
    /** 跟进、回访. */
    FOLLOWING_UP,
    /** 归档. */
    FILED,
    /** 成交失败. */
    DEAL_FAILED,
    /** 成交. */
    DEAL_SUCCEEDED,
    /** 二次成交或介绍客户. */
    REPEAT_OR_REFERRAL,
    /** 存档备用. */
    FILED_FOR_LATER
}
