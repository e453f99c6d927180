package dev.kefu.archive.credit;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.math.RoundingMode;

/**
 * A credit limit (信用限度额), ARC-7: a fixed amount, or a share of the customer's sales over
 * the last 12 months.
 */
public sealed interface CreditLimit {

    /**
     * The limit for a customer.
     *
     * @param sales12Months  the customer's sales over the last 12 months, not null
     * @return the limit, not negative
     */
    Money limitFor(Money sales12Months);

    /** A fixed amount. */
    static CreditLimit of(Money amount) {
        return new Amount(amount);
    }

    /** A share of 12-month sales, rounded down to the fen. */
    static CreditLimit shareOfSales(Share share) {
        return new ShareOfSales(share);
    }

    /**
     * A fixed limit.
     *
     * @param amount  the limit, not negative
     */
    record Amount(Money amount) implements CreditLimit {
        /** @throws dev.kefu.core.validation.PolicyInputException if null or negative */
        public Amount {
            Violations v = Violations.create();
            if (v.requireNonNull(amount, "amount", RuleId.of("ARC-7")) && amount.isNegative()) {
                v.add("amount", "notNegative", RuleId.of("ARC-7"));
            }
            v.throwIfAny();
        }

        @Override
        public Money limitFor(Money sales12Months) {
            return amount;
        }

        @Override
        public String toString() {
            return amount.toString();
        }
    }

    /**
     * A limit proportional to 12-month sales.
     *
     * @param share  the share of sales
     */
    record ShareOfSales(Share share) implements CreditLimit {
        /** @throws dev.kefu.core.validation.PolicyInputException if null */
        public ShareOfSales {
            if (share == null) {
                Violations.create().add("share", "required", RuleId.of("ARC-7")).throwIfAny();
            }
        }

        @Override
        public Money limitFor(Money sales12Months) {
            return sales12Months.isNegative() ? Money.ZERO : sales12Months.times(share, RoundingMode.DOWN);
        }

        @Override
        public String toString() {
            return share + " of 12-month sales";
        }
    }
}
