package dev.kefu.archive;

/** Direct or indirect customer (直接客户与间接客户), ARC-1. */
public enum CustomerRelation {
    /** Buys from the company directly. */
    DIRECT,
    /** Buys through a distributor or another intermediary. */
    INDIRECT
}
