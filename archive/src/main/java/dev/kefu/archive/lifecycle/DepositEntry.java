package dev.kefu.archive.lifecycle;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.ArchiveRules;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.time.Instant;

/**
 * One line of the small-deposit or large-deposit register (小定/大定登记表, ARC-15), kept
 * apart from the call and visitor registers so deposits are not merged into deals.
 *
 * @param kind  small or large deposit
 * @param customer  who paid it
 * @param rep  the rep whose customer it is
 * @param amount  the deposit, above zero
 * @param paidAt  when it was paid
 * @param recordedAt  when it was written down; ARC-15 wants the same day
 */
public record DepositEntry(DepositKind kind, CustomerId customer, EmployeeId rep, Money amount, Instant paidAt, Instant recordedAt)
        implements RegisterLine {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every problem */
    public DepositEntry {
        Violations v = Violations.create();
        v.requireNonNull(kind, "kind", ArchiveRules.ARC_15);
        v.requireNonNull(customer, "customer", ArchiveRules.ARC_15);
        v.requireNonNull(rep, "rep", ArchiveRules.ARC_15);
        if (v.requireNonNull(amount, "amount", ArchiveRules.ARC_15) && !amount.isPositive()) {
            v.add("amount", "positive", ArchiveRules.ARC_15);
        }
        if (v.requireNonNull(paidAt, "paidAt", ArchiveRules.ARC_15) & v.requireNonNull(recordedAt, "recordedAt", ArchiveRules.ARC_15)
                && recordedAt.isBefore(paidAt)) {
            v.add("recordedAt", ArchiveMessages.BUNDLE, "register.recordedBeforeContact", ArchiveRules.ARC_15);
        }
        v.throwIfAny();
    }

    @Override
    public Instant occurredAt() {
        return paidAt;
    }

    @Override
    public Register register() {
        return kind == DepositKind.SMALL ? Register.SMALL_DEPOSIT : Register.LARGE_DEPOSIT;
    }
}
