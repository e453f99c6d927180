package dev.kefu.orders.shipping;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.AllowNulls;
import dev.kefu.orders.Nullable;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.OrderRules;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import org.immutables.value.Value;

/**
 * A shipment as the host records it (ORD-8, ORD-9): when the order was ready to ship (receipt,
 * or for a remote order the payment's arrival, ORD-7), when it shipped, the carrier and method
 * the customer asked for and the ones used, the waybill, and the notice to the customer. Build
 * with {@link #builder()}.
 */
@Value.Immutable
public abstract class Shipment {

    Shipment() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a shipment. */
    public static final class Builder extends ImmutableShipment.Builder {
        Builder() {
        }
    }

    /** The order. */
    public abstract OrderId order();

    /** The customer. */
    public abstract CustomerId customer();

    /** When the shipping clock started. */
    public abstract Instant readyAt();

    /** When the goods shipped. */
    public abstract Instant shippedAt();

    /** The carrier the customer asked for. */
    public abstract String requestedCarrier();

    /** The carrier used. */
    public abstract String carrier();

    /** The shipping method the customer asked for. */
    public abstract String requestedMethod();

    /** The method used. */
    public abstract String method();

    /** The waybill number. */
    public abstract Optional<String> waybill();

    /** When the customer was told the goods shipped (ORD-9). */
    public abstract Optional<Instant> noticeAt();

    /** What the notice told, in any order. */
    @AllowNulls
    @Nullable
    public abstract List<NoticeContent> noticeContent();

    /** When the customer asked for the tracking number (S0), if they did. */
    public abstract Optional<Instant> trackingRequestedAt();

    /** When the tracking number was given. */
    public abstract Optional<Instant> trackingGivenAt();

    @Value.Check
    Shipment check() {
        Violations v = Violations.create();
        v.requireNonNull(order(), "order", OrderRules.ORD_8);
        v.requireNonNull(customer(), "customer", OrderRules.ORD_8);
        if (v.requireNonNull(readyAt(), "readyAt", OrderRules.ORD_8) & v.requireNonNull(shippedAt(), "shippedAt", OrderRules.ORD_8)
                && shippedAt().isBefore(readyAt())) {
            v.add("shippedAt", dev.kefu.orders.OrdersMessages.BUNDLE, "input.beforeReceipt", OrderRules.ORD_8);
        }
        text(v, requestedCarrier(), "requestedCarrier");
        text(v, carrier(), "carrier");
        text(v, requestedMethod(), "requestedMethod");
        text(v, method(), "method");
        if (noticeContent() != null) {
            for (NoticeContent c : noticeContent()) {
                v.requireNonNull(c, "noticeContent[]", OrderRules.ORD_9);
            }
        }
        v.throwIfAny();
        return noticeContent() == null ? builder().from(this).noticeContent(List.of()).build() : this;
    }

    private static void text(Violations v, String s, String path) {
        if (s == null || s.isBlank()) {
            v.add(path, "required", OrderRules.ORD_8);
        }
    }
}
