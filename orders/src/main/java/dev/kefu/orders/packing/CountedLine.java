package dev.kefu.orders.packing;

import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderRules;

/**
 * One line as counted against the sales slip (ORD-12): the item code on the slip and the one
 * found, the quantity on the slip and the one counted, the unit price and the line amount on the
 * slip, the item's quality and whether the line was ticked.
 *
 * @param slipItemCode  the item code on the slip, not blank
 * @param countedItemCode  the item code of the goods counted, not blank
 * @param slipQuantity  the quantity on the slip, not negative
 * @param countedQuantity  the quantity counted, not negative
 * @param unitPrice  the unit price on the slip, not negative
 * @param amount  the line amount on the slip, not negative
 * @param quality  the quality found, not null
 * @param tick  whether the line was ticked, not null
 */
public record CountedLine(String slipItemCode, String countedItemCode, long slipQuantity, long countedQuantity,
                          Money unitPrice, Money amount, LineQuality quality, Tick tick) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing or negative component */
    public CountedLine {
        Violations v = Violations.create();
        if (slipItemCode == null || slipItemCode.isBlank()) {
            v.add("slipItemCode", "required", OrderRules.ORD_12);
        }
        if (countedItemCode == null || countedItemCode.isBlank()) {
            v.add("countedItemCode", "required", OrderRules.ORD_12);
        }
        if (slipQuantity < 0) {
            v.add("slipQuantity", "notNegative", OrderRules.ORD_12);
        }
        if (countedQuantity < 0) {
            v.add("countedQuantity", "notNegative", OrderRules.ORD_12);
        }
        if (v.requireNonNull(unitPrice, "unitPrice", OrderRules.ORD_12) && unitPrice.isNegative()) {
            v.add("unitPrice", "notNegative", OrderRules.ORD_12);
        }
        if (v.requireNonNull(amount, "amount", OrderRules.ORD_12) && amount.isNegative()) {
            v.add("amount", "notNegative", OrderRules.ORD_12);
        }
        v.requireNonNull(quality, "quality", OrderRules.ORD_12);
        v.requireNonNull(tick, "tick", OrderRules.ORD_12);
        v.throwIfAny();
    }
}
