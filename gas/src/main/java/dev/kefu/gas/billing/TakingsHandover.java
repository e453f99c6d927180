package dev.kefu.gas.billing;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasRules;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A collector's hand-over of a business day's takings and receipts to the finance department
 * (MTR-13).
 *
 * @param collector  who hands over
 * @param businessDay  the day the takings belong to
 * @param takings  the day's takings per the reconciliation (MTR-15)
 * @param handedOver  the amount handed to finance
 * @param handedAt  when
 * @param receiptsIssued  receipts and invoices (各類票據) issued on the day, not negative
 * @param receiptsHandedOver  receipts and invoices handed over, not negative
 * @param account  where the money went
 */
public record TakingsHandover(EmployeeId collector, LocalDate businessDay, Money takings, Money handedOver, Instant handedAt,
        int receiptsIssued, int receiptsHandedOver, DepositAccount account) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every problem */
    public TakingsHandover {
        Violations v = Violations.create();
        v.requireNonNull(collector, "collector", GasRules.MTR_13);
        v.requireNonNull(businessDay, "businessDay", GasRules.MTR_13);
        if (v.requireNonNull(takings, "takings", GasRules.MTR_13) && takings.isNegative()) {
            v.add("takings", "notNegative", GasRules.MTR_13);
        }
        if (v.requireNonNull(handedOver, "handedOver", GasRules.MTR_13) && handedOver.isNegative()) {
            v.add("handedOver", "notNegative", GasRules.MTR_13);
        }
        v.requireNonNull(handedAt, "handedAt", GasRules.MTR_13);
        if (receiptsIssued < 0) {
            v.add("receiptsIssued", "notNegative", GasRules.MTR_13);
        }
        if (receiptsHandedOver < 0) {
            v.add("receiptsHandedOver", "notNegative", GasRules.MTR_13);
        }
        v.requireNonNull(account, "account", GasRules.MTR_13);
        v.throwIfAny();
    }
}
