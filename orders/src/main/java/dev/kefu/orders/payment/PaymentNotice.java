package dev.kefu.orders.payment;

import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderRules;

/**
 * What the clerk told the customer (ORD-6): the amount to remit and the bank account to pay into.
 * The account number is never shown in an explanation or {@code toString}.
 *
 * @param amountTold  the amount told, not null
 * @param bankAccount  the account told, not blank
 */
public record PaymentNotice(Money amountTold, String bankAccount) {

    /** @throws dev.kefu.core.validation.PolicyInputException if a component is missing */
    public PaymentNotice {
        Violations v = Violations.create();
        v.requireNonNull(amountTold, "amountTold", OrderRules.ORD_6);
        if (bankAccount == null || bankAccount.isBlank()) {
            v.add("bankAccount", "required", OrderRules.ORD_6);
        }
        v.throwIfAny();
    }

    @Override
    public String toString() {
        return "PaymentNotice[" + amountTold + ", account ****]";
    }
}
