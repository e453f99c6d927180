package dev.kefu.orders.review;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.privacy.MobileNumber;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.AllowNulls;
import dev.kefu.orders.Nullable;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.OrderRules;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's order as received (ORD-1): its lines, the delivery address and the contact, and
 * for an online order whether the customer is a wholesaler or a franchisee. The business fields
 * may be missing (the review reports an incomplete order); the id, customer, channel and time of
 * receipt are required and their absence is malformed input. The contact is a masked
 * {@link MobileNumber}, never shown unmasked. Build with {@link #builder()}.
 */
@Value.Immutable
public abstract class Order {

    Order() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an order. */
    public static final class Builder extends ImmutableOrder.Builder {
        Builder() {
        }
    }

    /** The order's number. */
    public abstract OrderId id();

    /** The customer. */
    public abstract CustomerId customer();

    /** How the order came in. */
    public abstract OrderChannel channel();

    /** When the desk received it. */
    public abstract Instant receivedAt();

    /** Whether the customer is a wholesaler or a franchisee; confirmed first for an online order. */
    public abstract Optional<CustomerKind> customerKind();

    /** The delivery address (收貨地址). */
    @Value.Redacted
    public abstract Optional<String> deliveryAddress();

    /** The contact (聯系方式). */
    public abstract Optional<MobileNumber> contact();

    /** The lines; empty when none were given. */
    @AllowNulls
    @Nullable
    public abstract List<OrderLine> lines();

    /** The total quantity over the lines that state one (used by ORD-4's size threshold). */
    public long totalQuantity() {
        long total = 0;
        for (OrderLine l : lines()) {
            total = Math.addExact(total, l.quantity().orElse(0));
        }
        return total;
    }

    @Value.Check
    Order check() {
        Violations v = Violations.create();
        v.requireNonNull(id(), "id", OrderRules.ORD_1);
        v.requireNonNull(customer(), "customer", OrderRules.ORD_1);
        v.requireNonNull(channel(), "channel", OrderRules.ORD_1);
        v.requireNonNull(receivedAt(), "receivedAt", OrderRules.ORD_1);
        if (lines() != null) {
            for (int i = 0; i < lines().size(); i++) {
                v.requireNonNull(lines().get(i), "lines[" + i + "]", OrderRules.ORD_1);
            }
        }
        v.throwIfAny();
        return lines() == null ? builder().from(this).lines(List.of()).build() : this;
    }
}
