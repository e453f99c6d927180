package dev.kefu.gas.billing;

import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.math.BigDecimal;

/**
 * A charge a clerk is about to make (MTR-12).
 *
 * @param itemCode  the tariff item's code, not blank
 * @param quantity  the quantity (1 for a fixed charge), above zero
 * @param amount  the amount charged, above zero
 */
public record Charge(String itemCode, BigDecimal quantity, Money amount) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every problem */
    public Charge {
        Violations v = Violations.create();
        if (itemCode == null || itemCode.isBlank()) {
            v.add("itemCode", "required", GasRules.MTR_12);
        }
        if (v.requireNonNull(quantity, "quantity", GasRules.MTR_12) && quantity.signum() <= 0) {
            v.add("quantity", "positive", GasRules.MTR_12);
        }
        if (v.requireNonNull(amount, "amount", GasRules.MTR_12) && !amount.isPositive()) {
            v.add("amount", GasMessages.BUNDLE, "input.positiveAmount", GasRules.MTR_12);
        }
        v.throwIfAny();
    }
}
