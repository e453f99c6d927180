package dev.kefu.sales.floor;

import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.math.BigDecimal;

/**
 * A unit (单元/房号) as EST-4 sees it: its code, floor area and price are facts.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param code  the unit code, such as {@code 3-1502}, not blank
 * @param floorArea  the floor area in square metres, above zero
 * @param price  the total price, above zero
 */
public record Unit(String code, BigDecimal floorArea, Money price) {

    /**
     * Obtains a unit.
     *
     * @throws dev.kefu.core.validation.PolicyInputException on a missing, blank or non-positive value
     */
    public Unit {
        Violations v = Violations.create();
        FloorTexts.requireText(v, code, "code", SalesFloorRules.EST_4);
        if (v.requireNonNull(floorArea, "floorArea", SalesFloorRules.EST_4) && floorArea.signum() <= 0) {
            v.add("floorArea", "positive", SalesFloorRules.EST_4);
        }
        if (v.requireNonNull(price, "price", SalesFloorRules.EST_4) && !price.isPositive()) {
            v.add("price", "positive", SalesFloorRules.EST_4);
        }
        v.throwIfAny();
    }

    /**
     * Obtains a unit.
     *
     * @param code  the unit code, not blank
     * @param floorArea  the floor area in square metres, above zero
     * @param price  the price, above zero
     * @return the unit
     * @throws dev.kefu.core.validation.PolicyInputException on a missing, blank or non-positive value
     */
    public static Unit of(String code, BigDecimal floorArea, Money price) {
        return new Unit(code, floorArea, price);
    }
}
