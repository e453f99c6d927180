package dev.kefu.orders.routing;

import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderRules;

/**
 * Where an order operation goes (ORD-3): the host's code of its order desk (訂單客服), by default
 * {@code ORDER}, the ORDER desk of CMP-10.
 *
 * @param operation  the operation, not null
 * @param deskCode  the desk's code, not blank
 */
public record OrderDeskRoute(OrderOperation operation, String deskCode) {

    /** @throws dev.kefu.core.validation.PolicyInputException if a component is missing */
    public OrderDeskRoute {
        Violations v = Violations.create();
        v.requireNonNull(operation, "operation", OrderRules.ORD_3);
        if (deskCode == null || deskCode.isBlank()) {
            v.add("deskCode", "required", OrderRules.ORD_3);
        }
        v.throwIfAny();
    }
}
