package dev.kefu.orders;

import dev.kefu.core.validation.Violations;

/**
 * An order's identifier, as the host's ERP numbers it (ORD-1).
 *
 * @param value  the number, not blank
 */
public record OrderId(String value) implements Comparable<OrderId> {

    /** @throws dev.kefu.core.validation.PolicyInputException if the value is null or blank */
    public OrderId {
        if (value == null || value.isBlank()) {
            Violations.create().add("orderId", "required", OrderRules.ORD_1).throwIfAny();
        }
    }

    /**
     * Obtains an order id.
     *
     * @param value  the number, not blank
     * @return the id
     */
    public static OrderId of(String value) {
        return new OrderId(value);
    }

    @Override
    public int compareTo(OrderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
