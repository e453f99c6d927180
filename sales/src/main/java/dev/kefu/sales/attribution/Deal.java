package dev.kefu.sales.attribution;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;

/**
 * A closed deal (成交).
 *
 * @param date  the day the deal closed, not null
 * @param closedBy  the rep who closed it, not null
 */
public record Deal(LocalDate date, EmployeeId closedBy) {

    /** @throws dev.kefu.core.validation.PolicyInputException if an argument is null */
    public Deal {
        Violations v = Violations.create();
        v.requireNonNull(date, "date", AttributionRules.ATT_7);
        v.requireNonNull(closedBy, "closedBy", AttributionRules.ATT_7);
        v.throwIfAny();
    }
}
