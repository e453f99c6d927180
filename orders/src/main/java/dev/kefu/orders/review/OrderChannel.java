package dev.kefu.orders.review;

/** How an order reached the desk (ORD-1, ORD-7). */
public enum OrderChannel {
    /** On site, in the showroom, with the customer present. */
    ON_SITE,
    /** By phone. */
    PHONE,
    /** By video (S1 part 12 ch.8): a remote order. */
    VIDEO,
    /** Online (S1 part 12 ch.9): a remote order that also records item codes, styles and the customer's kind. */
    ONLINE;

    /** Whether the customer is not at the counter, so the order ships after payment (ORD-6, ORD-7). */
    public boolean isRemote() {
        return this != ON_SITE;
    }
}
