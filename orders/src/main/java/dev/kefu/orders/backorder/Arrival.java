package dev.kefu.orders.backorder;

import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderRules;
import java.time.Instant;

/**
 * Goods of an item arriving (ORD-17).
 *
 * @param itemCode  the item, not blank
 * @param arrivedAt  when, not null
 */
public record Arrival(String itemCode, Instant arrivedAt) {

    /** @throws dev.kefu.core.validation.PolicyInputException on a missing component */
    public Arrival {
        Violations v = Violations.create();
        if (itemCode == null || itemCode.isBlank()) {
            v.add("itemCode", "required", OrderRules.ORD_17);
        }
        v.requireNonNull(arrivedAt, "arrivedAt", OrderRules.ORD_17);
        v.throwIfAny();
    }
}
