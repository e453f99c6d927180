package dev.kefu.orders.fulfilment;

import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.OrderRules;
import dev.kefu.orders.review.OrderChannel;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an order stands (ORD-5, ORD-7): when it was picked, when the customer was phoned about
 * it, when their remittance arrived and when the host approved credit instead (ARC-7). Build with
 * {@link #builder()}; the times are optional.
 */
@Value.Immutable
public abstract class OrderProgress {

    OrderProgress() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an order's progress. */
    public static final class Builder extends ImmutableOrderProgress.Builder {
        Builder() {
        }
    }

    /** The order. */
    public abstract OrderId order();

    /** How the order came in; remote orders ship after payment (ORD-7). */
    public abstract OrderChannel channel();

    /** When it was picked. */
    public abstract Optional<Instant> pickedAt();

    /** When the customer was phoned about shortages, colours and price changes (ORD-5). */
    public abstract Optional<Instant> customerCalledAt();

    /** When the customer's remittance arrived (ORD-7). */
    public abstract Optional<Instant> paymentReceivedAt();

    /** When the host approved shipping on credit (ARC-7); counts only under {@link PaymentRule#HOST_CREDIT_TERMS}. */
    public abstract Optional<Instant> creditApprovedAt();

    @Value.Check
    void check() {
        Violations v = Violations.create();
        v.requireNonNull(order(), "order", OrderRules.ORD_7);
        v.requireNonNull(channel(), "channel", OrderRules.ORD_7);
        v.throwIfAny();
    }
}
