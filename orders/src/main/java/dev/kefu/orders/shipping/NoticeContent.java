package dev.kefu.orders.shipping;

/** What the shipment call told the customer (ORD-9). */
public enum NoticeContent {
    /** That the goods have shipped. */
    SHIPPED,
    /** The waybill number (貨單號). */
    WAYBILL,
    /** The expected arrival. */
    EXPECTED_ARRIVAL
}
