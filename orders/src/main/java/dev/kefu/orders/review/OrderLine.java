package dev.kefu.orders.review;

import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderRules;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One line of an order (ORD-1): product name, specification and quantity (S0), and for an online
 * order the item's code and style (S1 part 12). Any attribute may be missing — a missing one makes
 * the order incomplete under {@link OrderReview}; a quantity below one is malformed.
 * Build with {@link #builder()}.
 */
@Value.Immutable
public abstract class OrderLine {

    OrderLine() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an order line. */
    public static final class Builder extends ImmutableOrderLine.Builder {
        Builder() {
        }
    }

    /** The product name (產品名稱). */
    public abstract Optional<String> productName();

    /** The specification (規格). */
    public abstract Optional<String> specification();

    /** The quantity, in the product's units. */
    public abstract OptionalLong quantity();

    /** The item's code (編碼), recorded for online orders. */
    public abstract Optional<String> itemCode();

    /** The style (款式), recorded for online orders. */
    public abstract Optional<String> style();

    @Value.Check
    void check() {
        if (quantity().isPresent() && quantity().getAsLong() < 1) {
            Violations.create().add("quantity", "positive", OrderRules.ORD_1).throwIfAny();
        }
    }
}
