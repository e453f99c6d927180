package dev.kefu.orders.routing;

/** An operation on an order (ORD-3, S0 §3.2.2). */
public enum OrderOperation {
    /** A query about an order (訂單查詢). */
    QUERY,
    /** A change to an order (修改). */
    MODIFICATION,
    /** A cancellation (取消). */
    CANCELLATION
}
