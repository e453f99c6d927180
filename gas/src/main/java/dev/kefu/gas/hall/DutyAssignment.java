package dev.kefu.gas.hall;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.DeskRole;
import dev.kefu.gas.GasRules;
import java.time.LocalDate;

/**
 * Who holds hall duty (值班) on a day (MTR-18).
 *
 * @param day  the day
 * @param clerk  the duty clerk
 * @param clerkRole  the clerk's role
 */
public record DutyAssignment(LocalDate day, EmployeeId clerk, DeskRole clerkRole) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every null part */
    public DutyAssignment {
        Violations v = Violations.create();
        v.requireNonNull(day, "day", GasRules.MTR_18);
        v.requireNonNull(clerk, "clerk", GasRules.MTR_18);
        v.requireNonNull(clerkRole, "clerkRole", GasRules.MTR_18);
        v.throwIfAny();
    }
}
