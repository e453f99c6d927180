package dev.kefu.archive.credit;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.util.Optional;

/**
 * A proposed order to check against the customer's credit (ARC-7, ARC-17).
 *
 * @param amount  the order's amount, above zero
 * @param cash  whether it is a cash trade (paid on the spot); non-cash trade needs credit and a sign-off
 * @param openReceivables  what the customer owes now, not negative
 * @param signedOffBy  who signed the order off under the signature procedure (签字程序), if anyone
 */
public record OrderRequest(Money amount, boolean cash, Money openReceivables, Optional<EmployeeId> signedOffBy) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every problem */
    public OrderRequest {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("ARC-7");
        if (v.requireNonNull(amount, "amount", rule) && !amount.isPositive()) {
            v.add("amount", "positive", rule);
        }
        if (v.requireNonNull(openReceivables, "openReceivables", rule) && openReceivables.isNegative()) {
            v.add("openReceivables", "notNegative", rule);
        }
        v.requireNonNull(signedOffBy, "signedOffBy", RuleId.of("ARC-17"));
        v.throwIfAny();
    }

    /** A non-cash order not yet signed off. */
    public static OrderRequest onCredit(Money amount, Money openReceivables) {
        return new OrderRequest(amount, false, openReceivables, Optional.empty());
    }

    /** A cash order. */
    public static OrderRequest cash(Money amount) {
        return new OrderRequest(amount, true, Money.ZERO, Optional.empty());
    }

    /** This order, signed off by the given employee. */
    public OrderRequest signedOffBy(EmployeeId employee) {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", RuleId.of("ARC-17"));
        v.throwIfAny();
        return new OrderRequest(amount, cash, openReceivables, Optional.of(employee));
    }
}
