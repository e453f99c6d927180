package dev.kefu.orders.shipping;

import dev.kefu.orders.OrderId;

/**
 * A gap the shipment audit found (ORD-9, ORD-10).
 *
 * @param order  the order
 * @param kind  what is missing
 */
public record ShipmentGap(OrderId order, Kind kind) {

    /** What is missing. */
    public enum Kind {
        /** No notice to the customer was recorded (ORD-9). */
        NO_NOTICE,
        /** The notice did not give the waybill number (ORD-9). */
        NOTICE_WITHOUT_WAYBILL,
        /** The notice did not give the expected arrival (ORD-9). */
        NOTICE_WITHOUT_ARRIVAL,
        /** The customer asked for the tracking number and was not given it (ORD-9). */
        TRACKING_NOT_GIVEN,
        /** No dispatch voucher was kept (ORD-10). */
        NO_VOUCHER,
        /** The voucher lacks the time (ORD-10). */
        VOUCHER_WITHOUT_TIME,
        /** The voucher lacks the customer (ORD-10). */
        VOUCHER_WITHOUT_CUSTOMER,
        /** The voucher lacks the quantity (ORD-10). */
        VOUCHER_WITHOUT_QUANTITY,
        /** The voucher lacks the waybill number (ORD-10). */
        VOUCHER_WITHOUT_WAYBILL
    }
}
