package dev.kefu.orders.returns;

import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.OrderRules;
import java.time.Instant;

/**
 * A customer's request to return or exchange goods of an order (ORD-16).
 *
 * @param order  the order, not null
 * @param type  return or exchange, not null
 * @param requestedAt  when it was asked, not null
 * @param reasonCode  the host's reason code, not blank
 */
public record ReturnRequest(OrderId order, ReturnType type, Instant requestedAt, String reasonCode) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing component */
    public ReturnRequest {
        Violations v = Violations.create();
        v.requireNonNull(order, "order", OrderRules.ORD_16);
        v.requireNonNull(type, "type", OrderRules.ORD_16);
        v.requireNonNull(requestedAt, "requestedAt", OrderRules.ORD_16);
        if (reasonCode == null || reasonCode.isBlank()) {
            v.add("reasonCode", "required", OrderRules.ORD_16);
        }
        v.throwIfAny();
    }
}
