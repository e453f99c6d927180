package dev.kefu.orders.returns;

import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.OrderRules;
import dev.kefu.orders.OrdersMessages;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An accepted return or exchange and whether it was completed (ORD-16).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ReturnCase {

    private final OrderId order;
    private final Instant acceptedAt;
    private final Instant completedAt;

    private ReturnCase(OrderId order, Instant acceptedAt, Instant completedAt) {
        this.order = order;
        this.acceptedAt = acceptedAt;
        this.completedAt = completedAt;
    }

    /**
     * A case accepted and still in progress.
     *
     * @param order  the order, not null
     * @param acceptedAt  when it was accepted, not null
     * @return the case
     * @throws dev.kefu.core.validation.PolicyInputException if an argument is null
     */
    public static ReturnCase accepted(OrderId order, Instant acceptedAt) {
        Violations v = Violations.create();
        v.requireNonNull(order, "order", OrderRules.ORD_16);
        v.requireNonNull(acceptedAt, "acceptedAt", OrderRules.ORD_16);
        v.throwIfAny();
        return new ReturnCase(order, acceptedAt, null);
    }

    /**
     * The same case, completed.
     *
     * @param at  when it was completed, not before it was accepted
     * @return the completed case
     * @throws dev.kefu.core.validation.PolicyInputException if the time is null or too early
     */
    public ReturnCase completed(Instant at) {
        Violations v = Violations.create();
        if (v.requireNonNull(at, "completedAt", OrderRules.ORD_16) && at.isBefore(acceptedAt)) {
            v.add("completedAt", OrdersMessages.BUNDLE, "input.beforeFound", OrderRules.ORD_16);
        }
        v.throwIfAny();
        return new ReturnCase(order, acceptedAt, at);
    }

    /** The order. */
    public OrderId order() {
        return order;
    }

    /** When it was accepted. */
    public Instant acceptedAt() {
        return acceptedAt;
    }

    /** When it was completed; empty while in progress. */
    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReturnCase c && c.order.equals(order) && c.acceptedAt.equals(acceptedAt)
                && Objects.equals(c.completedAt, completedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(order, acceptedAt, completedAt);
    }

    @Override
    public String toString() {
        return "ReturnCase[" + order + ", accepted " + acceptedAt + (completedAt == null ? ", open]" : ", completed " + completedAt + "]");
    }
}
