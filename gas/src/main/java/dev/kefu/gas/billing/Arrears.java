package dev.kefu.gas.billing;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.Instant;
import java.util.Optional;

/**
 * A customer in arrears (欠費客戶, MTR-10) and the first chase, if any. The arrears record also
 * joins the customer archive (ARC-11: 欠費記錄), which the host keeps.
 *
 * @param customer  the customer
 * @param amount  the amount owed, above zero
 * @param since  when the customer fell into arrears
 * @param firstChase  when the customer was first chased (催繳), not before {@code since}
 */
public record Arrears(CustomerId customer, Money amount, Instant since, Optional<Instant> firstChase) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every problem */
    public Arrears {
        Violations v = Violations.create();
        v.requireNonNull(customer, "customer", GasRules.MTR_10);
        if (v.requireNonNull(amount, "amount", GasRules.MTR_10) && !amount.isPositive()) {
            v.add("amount", GasMessages.BUNDLE, "input.positiveAmount", GasRules.MTR_10);
        }
        boolean s = v.requireNonNull(since, "since", GasRules.MTR_10);
        if (v.requireNonNull(firstChase, "firstChase", GasRules.MTR_10) && s && firstChase.isPresent() && firstChase.get().isBefore(since)) {
            v.add("firstChase", GasMessages.BUNDLE, "input.endAfterStart", GasRules.MTR_10);
        }
        v.throwIfAny();
    }

    /** Arrears not chased yet. */
    public static Arrears unchased(CustomerId customer, Money amount, Instant since) {
        return new Arrears(customer, amount, since, Optional.empty());
    }

    /** Arrears first chased at a time. */
    public static Arrears chased(CustomerId customer, Money amount, Instant since, Instant firstChase) {
        return new Arrears(customer, amount, since, Optional.ofNullable(firstChase));
    }
}
