package dev.kefu.orders.review;

import static dev.kefu.orders.OrderRules.ORD_1;
import static dev.kefu.orders.OrderRules.ORD_2;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrdersMessages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Order data and review (ORD-1, ORD-2). An order holds the product name, specification, quantity,
 * delivery address and contact (S0 §4.3.1); an online order also records each item's code and
 * style, and first of all whether the customer is a wholesaler or a franchisee (S1 part 12
 * §9.1–2). An order missing any of these is incomplete. Before fulfilment the order is checked,
 * and an error is confirmed with the customer; the catalogue's reading of the sequence is that
 * the order is not released to the warehouse until every error is confirmed (ORD-2).
 *
 * <p>{@link #regulation()} asks the online details of {@link OrderChannel#ONLINE} orders;
 * {@link #builder()} lets a host ask them of other channels too.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class OrderReview {

    private static final OrderReview REGULATION = new OrderReview(EnumSet.of(OrderChannel.ONLINE));

    private final Set<OrderChannel> onlineDetailsFor;

    private OrderReview(Set<OrderChannel> onlineDetailsFor) {
        this.onlineDetailsFor = EnumSet.copyOf(onlineDetailsFor);
    }

    /** The regulation's review: online details asked of online orders (ORD-1). */
    public static OrderReview regulation() {
        return REGULATION;
    }

    /** A builder starting from the regulation's settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks an order for completeness (ORD-1, ORD-2): every missing field is one reason.
     *
     * @param order  the order, not null
     * @return {@link Completeness#COMPLETE}, or {@link Completeness#INCOMPLETE} naming each missing field
     * @throws dev.kefu.core.validation.PolicyInputException if the order is null
     */
    public Decision<Completeness> review(Order order) {
        Violations v = Violations.create();
        v.requireNonNull(order, "order", ORD_1);
        v.throwIfAny();
        List<Reason> missing = missing(order);
        if (missing.isEmpty()) {
            return Decision.of(Completeness.COMPLETE, Reason.of(ORD_1, OrdersMessages.BUNDLE, "review.complete", order.id().value()));
        }
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of(ORD_2, OrdersMessages.BUNDLE, "review.incomplete", order.id().value(), missing.size()));
        reasons.addAll(missing);
        return Decision.of(Completeness.INCOMPLETE, reasons);
    }

    /**
     * Whether an order may go to the warehouse (ORD-2): it must be complete, and every error the
     * reviewer found must have been confirmed with the customer.
     *
     * @param order  the order, not null
     * @param errors  the errors found in review, none null; empty if none
     * @return {@link WarehouseRelease#RELEASED}, or {@link WarehouseRelease#HELD} with the reasons
     * @throws dev.kefu.core.validation.PolicyInputException if an argument or error is null
     */
    public Decision<WarehouseRelease> release(Order order, List<OrderError> errors) {
        Violations v = Violations.create();
        v.requireNonNull(order, "order", ORD_2);
        if (v.requireNonNull(errors, "errors", ORD_2)) {
            for (int i = 0; i < errors.size(); i++) {
                v.requireNonNull(errors.get(i), "errors[" + i + "]", ORD_2);
            }
        }
        v.throwIfAny();
        List<Reason> reasons = new ArrayList<>(missing(order));
        long unconfirmed = errors.stream().filter(e -> e.confirmedAt().isEmpty()).count();
        if (unconfirmed > 0) {
            reasons.add(Reason.of(ORD_2, OrdersMessages.BUNDLE, "review.unconfirmed", unconfirmed));
        }
        if (reasons.isEmpty()) {
            return Decision.of(WarehouseRelease.RELEASED,
                    Reason.of(ORD_2, OrdersMessages.BUNDLE, "review.released", order.id().value(), errors.size()));
        }
        reasons.add(0, Reason.of(ORD_2, OrdersMessages.BUNDLE, "review.held", order.id().value()));
        return Decision.of(WarehouseRelease.HELD, reasons);
    }

    private List<Reason> missing(Order order) {
        List<Reason> r = new ArrayList<>();
        boolean online = onlineDetailsFor.contains(order.channel());
        if (online && order.customerKind().isEmpty()) {
            r.add(Reason.of(ORD_1, OrdersMessages.BUNDLE, "review.missing.customerKind"));
        }
        if (order.lines().isEmpty()) {
            r.add(Reason.of(ORD_1, OrdersMessages.BUNDLE, "review.missing.lines"));
        }
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine l = order.lines().get(i);
            int n = i + 1;
            blank(r, l.productName(), "review.missing.productName", n);
            blank(r, l.specification(), "review.missing.specification", n);
            if (l.quantity().isEmpty()) {
                r.add(Reason.of(ORD_1, OrdersMessages.BUNDLE, "review.missing.quantity", n));
            }
            if (online) {
                blank(r, l.itemCode(), "review.missing.itemCode", n);
                blank(r, l.style(), "review.missing.style", n);
            }
        }
        if (order.deliveryAddress().map(String::isBlank).orElse(true)) {
            r.add(Reason.of(ORD_1, OrdersMessages.BUNDLE, "review.missing.deliveryAddress"));
        }
        if (order.contact().isEmpty()) {
            r.add(Reason.of(ORD_1, OrdersMessages.BUNDLE, "review.missing.contact"));
        }
        return r;
    }

    private static void blank(List<Reason> r, Optional<String> value, String key, int line) {
        if (value.map(String::isBlank).orElse(true)) {
            r.add(Reason.of(ORD_1, OrdersMessages.BUNDLE, key, line));
        }
    }

    /** Builds an order review. */
    public static final class Builder {

        private Set<OrderChannel> onlineDetailsFor = EnumSet.of(OrderChannel.ONLINE);
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * The channels whose orders must record item codes, styles and the customer's kind
         * (ORD-1); default {@link OrderChannel#ONLINE}.
         *
         * @param channels  the channels, none null; may be empty
         * @return this builder
         */
        public Builder onlineDetailsFor(OrderChannel... channels) {
            if (channels == null) {
                problems.add("onlineDetailsFor", "required", ORD_1);
                return this;
            }
            Set<OrderChannel> s = EnumSet.noneOf(OrderChannel.class);
            for (OrderChannel c : channels) {
                if (c == null) {
                    problems.add("onlineDetailsFor", "required", ORD_1);
                    return this;
                }
                s.add(c);
            }
            onlineDetailsFor = s;
            return this;
        }

        /**
         * Builds the review.
         *
         * @return the review
         * @throws dev.kefu.core.validation.PolicyInputException listing every bad setting
         */
        public OrderReview build() {
            problems.throwIfAny();
            return new OrderReview(onlineDetailsFor);
        }
    }
}
