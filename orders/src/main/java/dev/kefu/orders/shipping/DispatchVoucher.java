package dev.kefu.orders.shipping;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.OrderRules;
import java.time.Instant;

/**
 * A dispatch voucher (貨物發送憑證, ORD-10) as kept: the order it belongs to and the fields the
 * regulation names — time, customer, quantity of goods, waybill number. A field the clerk left
 * blank is passed as {@code null} (time, customer), a quantity below one, or a blank waybill; the
 * audit reports it.
 *
 * @param order  the order, not null
 * @param time  when the goods were sent; null if not recorded
 * @param customer  the customer; null if not recorded
 * @param quantity  the quantity of goods; 0 if not recorded
 * @param waybill  the waybill number; null or blank if not recorded
 */
public record DispatchVoucher(OrderId order, Instant time, CustomerId customer, long quantity, String waybill) {

    /** @throws dev.kefu.core.validation.PolicyInputException if the order is null or the quantity negative */
    public DispatchVoucher {
        Violations v = Violations.create();
        v.requireNonNull(order, "order", OrderRules.ORD_10);
        if (quantity < 0) {
            v.add("quantity", "notNegative", OrderRules.ORD_10);
        }
        v.throwIfAny();
    }
}
