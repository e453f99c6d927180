package dev.kefu.orders.routing;

import static dev.kefu.orders.OrderRules.ORD_3;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrdersMessages;

/**
 * Order operations are order-desk work (ORD-3): query, modification and cancellation of orders
 * go to the order desk (訂單客服), which S1 part 1 §2.5 keeps apart from general service and
 * complaints. The desk code defaults to {@code ORDER}, the name of CMP-10's order desk, so a host
 * that routes complaints with kefu-complaints can pass the code straight to its router; this
 * module does not depend on that one.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class OrderDeskRouting {

    /** The order desk's code in CMP-10's routing. */
    public static final String ORDER_DESK = "ORDER";

    private static final OrderDeskRouting REGULATION = new OrderDeskRouting(ORDER_DESK);

    private final String deskCode;

    private OrderDeskRouting(String deskCode) {
        this.deskCode = deskCode;
    }

    /** The regulation's routing: every order operation to {@value #ORDER_DESK}. */
    public static OrderDeskRouting regulation() {
        return REGULATION;
    }

    /** A builder starting from the regulation's settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Routes an order operation (ORD-3).
     *
     * @param operation  the operation, not null
     * @return the route to the order desk
     * @throws dev.kefu.core.validation.PolicyInputException if the operation is null
     */
    public Decision<OrderDeskRoute> route(OrderOperation operation) {
        Violations v = Violations.create();
        v.requireNonNull(operation, "operation", ORD_3);
        v.throwIfAny();
        return Decision.of(new OrderDeskRoute(operation, deskCode),
                Reason.of(ORD_3, OrdersMessages.BUNDLE, "routing." + operation.name().toLowerCase(java.util.Locale.ROOT), deskCode));
    }

    /** Builds an order-desk routing. */
    public static final class Builder {

        private String deskCode = ORDER_DESK;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * The host's code of its order desk; default {@value OrderDeskRouting#ORDER_DESK}.
         *
         * @param code  the code, not blank
         * @return this builder
         */
        public Builder deskCode(String code) {
            if (code == null || code.isBlank()) {
                problems.add("deskCode", "required", ORD_3);
            } else {
                deskCode = code;
            }
            return this;
        }

        /**
         * Builds the routing.
         *
         * @return the routing
         * @throws dev.kefu.core.validation.PolicyInputException listing every bad setting
         */
        public OrderDeskRouting build() {
            problems.throwIfAny();
            return new OrderDeskRouting(deskCode);
        }
    }
}
