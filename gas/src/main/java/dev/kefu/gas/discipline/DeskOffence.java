package dev.kefu.gas.discipline;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One recorded offence at the gas desk (MTR-1, MTR-2, MTR-3, MTR-11).
 *
 * @param employee  who committed it
 * @param kind  what
 * @param committedOn  the day it was committed (the month of a pay sanction, CORE-CAL-4)
 * @param verifiedAt  when it was verified (查實); MTR-3 sanctions only a verified complaint
 */
public record DeskOffence(EmployeeId employee, DeskOffenceKind kind, LocalDate committedOn, Optional<Instant> verifiedAt) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every null part */
    public DeskOffence {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", GasRules.MTR_2);
        v.requireNonNull(kind, "kind", GasRules.MTR_2);
        v.requireNonNull(committedOn, "committedOn", GasRules.MTR_2);
        v.requireNonNull(verifiedAt, "verifiedAt", GasRules.MTR_3);
        v.throwIfAny();
    }

    /** An offence that needs no verification, or one already verified at recording. */
    public static DeskOffence of(EmployeeId employee, DeskOffenceKind kind, LocalDate committedOn) {
        return new DeskOffence(employee, kind, committedOn, Optional.empty());
    }

    /** An offence verified at a time (MTR-3). */
    public static DeskOffence verified(EmployeeId employee, DeskOffenceKind kind, LocalDate committedOn, Instant verifiedAt) {
        return new DeskOffence(employee, kind, committedOn, Optional.ofNullable(verifiedAt));
    }
}
