package dev.kefu.gas.reconciliation;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.DeskRole;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.Instant;

/**
 * Settlement cover (代收, MTR-21): while the billing clerk settles the day's gas takings
 * (當日氣款結算), from {@code from} (inclusive) to {@code to} (exclusive), the card-service
 * clerk collects payments in their place. Reading: what the cover clerk collects is recorded
 * as theirs for the reconciliation (MTR-15), so payments the billing system books to the
 * settling clerk inside the window count for the cover clerk.
 *
 * @param settlingClerk  the billing clerk who settles
 * @param coverClerk  who collects meanwhile
 * @param coverRole  the cover clerk's role; the regulation's cover is a card-service clerk
 * @param from  the start of the settlement, inclusive
 * @param to  the end of the settlement, exclusive, after {@code from}
 */
public record SettlementCover(EmployeeId settlingClerk, EmployeeId coverClerk, DeskRole coverRole, Instant from, Instant to) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every problem */
    public SettlementCover {
        Violations v = Violations.create();
        boolean who = v.requireNonNull(settlingClerk, "settlingClerk", GasRules.MTR_21)
                & v.requireNonNull(coverClerk, "coverClerk", GasRules.MTR_21);
        v.requireNonNull(coverRole, "coverRole", GasRules.MTR_21);
        boolean when = v.requireNonNull(from, "from", GasRules.MTR_21) & v.requireNonNull(to, "to", GasRules.MTR_21);
        if (who && settlingClerk.equals(coverClerk)) {
            v.add("coverClerk", GasMessages.BUNDLE, "cover.self", GasRules.MTR_21);
        }
        if (when && !to.isAfter(from)) {
            v.add("to", GasMessages.BUNDLE, "input.endAfterStart", GasRules.MTR_21);
        }
        v.throwIfAny();
    }
}
