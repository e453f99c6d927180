package dev.kefu.sales.attribution;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDateTime;

/**
 * A rep's registration of a customer (建档), with the time in the visitor register — the
 * evidence of the first-visit principle (ATT-6) and the start of the 2-month validity (ATT-7).
 *
 * @param rep  the rep who registered the customer, not null
 * @param registeredAt  the local time of registration in the visitor register, not null
 */
public record Registration(EmployeeId rep, LocalDateTime registeredAt) {

    /** @throws dev.kefu.core.validation.PolicyInputException if an argument is null */
    public Registration {
        Violations v = Violations.create();
        v.requireNonNull(rep, "rep", AttributionRules.ATT_6);
        v.requireNonNull(registeredAt, "registeredAt", AttributionRules.ATT_6);
        v.throwIfAny();
    }
}
