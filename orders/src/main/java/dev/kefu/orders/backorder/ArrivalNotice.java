package dev.kefu.orders.backorder;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderRules;
import java.time.Instant;

/**
 * A customer told that an item they needed has arrived (ORD-17).
 *
 * @param customer  the customer, not null
 * @param itemCode  the item, not blank
 * @param notifiedAt  when, not null
 */
public record ArrivalNotice(CustomerId customer, String itemCode, Instant notifiedAt) {

    /** @throws dev.kefu.core.validation.PolicyInputException on a missing component */
    public ArrivalNotice {
        Violations v = Violations.create();
        v.requireNonNull(customer, "customer", OrderRules.ORD_17);
        if (itemCode == null || itemCode.isBlank()) {
            v.add("itemCode", "required", OrderRules.ORD_17);
        }
        v.requireNonNull(notifiedAt, "notifiedAt", OrderRules.ORD_17);
        v.throwIfAny();
    }
}
