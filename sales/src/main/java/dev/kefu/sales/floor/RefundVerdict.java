package dev.kefu.sales.floor;

/** The answer of EST-7. */
public enum RefundVerdict {
    /** After signing: refused (坚决不退房), with no override. */
    REFUSED_AFTER_SIGNING,
    /** Before signing, not granted: the rep works on the customer (做客户工作). */
    RETENTION,
    /** Before signing, granted by the configured approver. */
    GRANTED
}
