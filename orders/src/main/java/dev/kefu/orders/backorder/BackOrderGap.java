package dev.kefu.orders.backorder;

/**
 * A back-order gap (ORD-17).
 *
 * @param need  the need concerned
 * @param kind  what is missing
 */
public record BackOrderGap(BackOrderNeed need, Kind kind) {

    /** What is missing. */
    public enum Kind {
        /** The need was not registered with the sales group lead. */
        NOT_REGISTERED,
        /** The item arrived and the customer was not told. */
        NOT_NOTIFIED
    }
}
