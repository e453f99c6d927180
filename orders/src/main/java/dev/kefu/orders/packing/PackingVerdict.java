package dev.kefu.orders.packing;

/** The verdict on a packing record (ORD-13, ORD-14). */
public enum PackingVerdict {
    /** Every signature and step is there. */
    ACCEPTED,
    /** A signature or step is missing: the record is refused. */
    REFUSED
}
