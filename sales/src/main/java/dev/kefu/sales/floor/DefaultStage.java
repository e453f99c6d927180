package dev.kefu.sales.floor;

/** Where a payment default stands under EST-6. */
public enum DefaultStage {
    /** The instalment is not yet overdue. */
    NOT_YET_DUE,
    /** Nothing is outstanding. */
    SETTLED,
    /** In default up to 2 months: collection only (催款). */
    COLLECTION,
    /** In default more than 2 months, but no dunning notice recorded: the notice comes first. */
    NOTICE_REQUIRED_BEFORE_BREACH,
    /** In default more than 2 months with a notice recorded: handled as breach of contract. */
    BREACH
}
