package dev.kefu.orders.packing;

/** Whether the customer is at the counting (ORD-13, ORD-14). */
public enum CustomerPresence {
    /** The customer counts with the order follower (ORD-13). */
    PRESENT,
    /** The customer is absent: two people count (ORD-14). */
    ABSENT
}
