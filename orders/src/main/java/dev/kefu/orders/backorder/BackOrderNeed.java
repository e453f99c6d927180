package dev.kefu.orders.backorder;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderRules;
import dev.kefu.orders.OrdersMessages;
import java.time.Instant;

/**
 * A customer's need for an item that is not available (ORD-17), as recorded by the order
 * follower, and when it was registered with the sales group lead.
 *
 * @param customer  the customer, not null
 * @param itemCode  the item, not blank
 * @param recordedAt  when the need was recorded, not null
 * @param registeredAt  when it was registered with the sales group lead; null if it was not
 */
public record BackOrderNeed(CustomerId customer, String itemCode, Instant recordedAt, Instant registeredAt) {

    /** @throws dev.kefu.core.validation.PolicyInputException on a missing component or a registration before the record */
    public BackOrderNeed {
        Violations v = Violations.create();
        v.requireNonNull(customer, "customer", OrderRules.ORD_17);
        if (itemCode == null || itemCode.isBlank()) {
            v.add("itemCode", "required", OrderRules.ORD_17);
        }
        if (v.requireNonNull(recordedAt, "recordedAt", OrderRules.ORD_17) && registeredAt != null && registeredAt.isBefore(recordedAt)) {
            v.add("registeredAt", OrdersMessages.BUNDLE, "input.beforeFound", OrderRules.ORD_17);
        }
        v.throwIfAny();
    }
}
