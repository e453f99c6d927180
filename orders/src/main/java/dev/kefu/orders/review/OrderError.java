package dev.kefu.orders.review;

import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderRules;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An error the reviewer found in an order (ORD-2), and when it was confirmed with the customer.
 * The description stays with the host: explanations never show it, since it may hold personal
 * data.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class OrderError {

    private final String field;
    private final Instant foundAt;
    private final Instant confirmedAt;

    private OrderError(String field, Instant foundAt, Instant confirmedAt) {
        this.field = field;
        this.foundAt = foundAt;
        this.confirmedAt = confirmedAt;
    }

    /**
     * An error found and not yet confirmed.
     *
     * @param field  the host's name of the field in error, not blank
     * @param foundAt  when the reviewer found it, not null
     * @return the error
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is missing
     */
    public static OrderError found(String field, Instant foundAt) {
        Violations v = Violations.create();
        if (field == null || field.isBlank()) {
            v.add("field", "required", OrderRules.ORD_2);
        }
        v.requireNonNull(foundAt, "foundAt", OrderRules.ORD_2);
        v.throwIfAny();
        return new OrderError(field, foundAt, null);
    }

    /**
     * The same error, confirmed with the customer.
     *
     * @param at  when it was confirmed, not before it was found
     * @return the confirmed error
     * @throws dev.kefu.core.validation.PolicyInputException if the time is missing or before the error was found
     */
    public OrderError confirmedWithCustomer(Instant at) {
        Violations v = Violations.create();
        if (v.requireNonNull(at, "confirmedAt", OrderRules.ORD_2) && at.isBefore(foundAt)) {
            v.add("confirmedAt", dev.kefu.orders.OrdersMessages.BUNDLE, "input.beforeFound", OrderRules.ORD_2);
        }
        v.throwIfAny();
        return new OrderError(field, foundAt, at);
    }

    /** The host's name of the field in error. */
    public String field() {
        return field;
    }

    /** When the reviewer found it. */
    public Instant foundAt() {
        return foundAt;
    }

    /** When it was confirmed with the customer; empty while it is not. */
    public Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderError e && e.field.equals(field) && e.foundAt.equals(foundAt)
                && Objects.equals(e.confirmedAt, confirmedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, foundAt, confirmedAt);
    }

    @Override
    public String toString() {
        return "OrderError[" + field + ", found " + foundAt + (confirmedAt == null ? ", unconfirmed]" : ", confirmed " + confirmedAt + "]");
    }
}
