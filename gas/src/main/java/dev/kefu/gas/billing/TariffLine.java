package dev.kefu.gas.billing;

import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasRules;
import dev.kefu.gas.HostLabel;

/**
 * One line of the tariff the host supplies (MTR-12): a fixed charge, or a price per unit
 * (such as per cubic metre of gas) from the price authority's schedule.
 *
 * @param item  the item, its code matching charges
 * @param price  the fixed amount or the unit price, above zero
 * @param perUnit  whether the price is per unit
 */
public record TariffLine(HostLabel item, Money price, Pricing perUnit) {

    /** How a line prices a charge. */
    public enum Pricing {
        /** One fixed amount per charge. */
        FIXED,
        /** A price per unit, times the charge's quantity. */
        PER_UNIT
    }

    /** @throws dev.kefu.core.validation.PolicyInputException naming every problem */
    public TariffLine {
        Violations v = Violations.create();
        v.requireNonNull(item, "item", GasRules.MTR_12);
        if (v.requireNonNull(price, "price", GasRules.MTR_12) && !price.isPositive()) {
            v.add("price", "positive", GasRules.MTR_12);
        }
        v.requireNonNull(perUnit, "perUnit", GasRules.MTR_12);
        v.throwIfAny();
    }

    /** A fixed charge. */
    public static TariffLine fixed(HostLabel item, Money amount) {
        return new TariffLine(item, amount, Pricing.FIXED);
    }

    /** A price per unit. */
    public static TariffLine perUnit(HostLabel item, Money unitPrice) {
        return new TariffLine(item, unitPrice, Pricing.PER_UNIT);
    }
}
