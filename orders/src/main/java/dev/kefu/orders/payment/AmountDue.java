package dev.kefu.orders.payment;

import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderRules;
import dev.kefu.orders.OrdersMessages;

/**
 * The amount due on a remote order, exact to the fen (ORD-6, CORE-MONEY-1):
 * {@code total = goods − creditApplied + arrears + freight}, and
 * {@code creditApplied + creditCarried} is the customer's whole credit. The total is never
 * negative: a credit larger than the goods and freight pays them in full and the rest carries
 * forward.
 *
 * @param goods  this order's goods
 * @param creditApplied  the part of last time's credit set against this order
 * @param arrears  last time's arrears added
 * @param freight  the freight added
 * @param total  the amount the customer remits
 * @param creditCarried  the credit left for next time
 */
public record AmountDue(Money goods, Money creditApplied, Money arrears, Money freight, Money total, Money creditCarried) {

    /** @throws dev.kefu.core.validation.PolicyInputException if a part is missing or the parts do not add up */
    public AmountDue {
        Violations v = Violations.create();
        boolean all = v.requireNonNull(goods, "goods", OrderRules.ORD_6) & v.requireNonNull(creditApplied, "creditApplied", OrderRules.ORD_6)
                & v.requireNonNull(arrears, "arrears", OrderRules.ORD_6) & v.requireNonNull(freight, "freight", OrderRules.ORD_6)
                & v.requireNonNull(total, "total", OrderRules.ORD_6) & v.requireNonNull(creditCarried, "creditCarried", OrderRules.ORD_6);
        if (all && !goods.minus(creditApplied).plus(arrears).plus(freight).equals(total)) {
            v.add("total", OrdersMessages.BUNDLE, "amount.partsDiffer", OrderRules.ORD_6);
        }
        v.throwIfAny();
    }
}
