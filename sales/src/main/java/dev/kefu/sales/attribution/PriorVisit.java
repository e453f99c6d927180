package dev.kefu.sales.attribution;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;

/**
 * An earlier visit of the customer and the rep who received it.
 *
 * @param date  the day of the visit, not null
 * @param receivedBy  the rep who received the customer, not null
 */
public record PriorVisit(LocalDate date, EmployeeId receivedBy) {

    /** @throws dev.kefu.core.validation.PolicyInputException if an argument is null */
    public PriorVisit {
        Violations v = Violations.create();
        v.requireNonNull(date, "date", AttributionRules.ATT_6);
        v.requireNonNull(receivedBy, "receivedBy", AttributionRules.ATT_6);
        v.throwIfAny();
    }
}
