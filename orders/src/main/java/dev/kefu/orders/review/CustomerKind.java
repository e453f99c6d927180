package dev.kefu.orders.review;

/** What an online customer is, confirmed first of all (ORD-1, S1 part 12 §9.1). */
public enum CustomerKind {
    /** A wholesaler (批發商). */
    WHOLESALER,
    /** A franchisee (加盟商). */
    FRANCHISEE
}
