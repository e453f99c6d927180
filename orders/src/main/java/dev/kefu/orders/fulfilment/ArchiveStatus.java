package dev.kefu.orders.fulfilment;

/** Whether the customer has an archive (建檔) at checkout (ORD-11). */
public enum ArchiveStatus {
    /** The customer has a basic record. */
    ARCHIVED,
    /** No record yet: the clerk takes name, phone and address for the data centre (ARC-18). */
    NOT_ARCHIVED
}
