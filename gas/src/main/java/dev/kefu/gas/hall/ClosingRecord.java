package dev.kefu.gas.hall;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasRules;
import java.time.Instant;
import java.util.Optional;

/**
 * What a clerk did after closing (MTR-19): checked that the equipment is off, put away the
 * materials and forms, and when they left.
 *
 * @param clerk  the clerk
 * @param equipmentCheckedAt  when the equipment was checked off, if it was
 * @param materialsStoredAt  when materials and forms were put away, if they were
 * @param leftAt  when the clerk left
 */
public record ClosingRecord(EmployeeId clerk, Optional<Instant> equipmentCheckedAt, Optional<Instant> materialsStoredAt, Instant leftAt) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every null part */
    public ClosingRecord {
        Violations v = Violations.create();
        v.requireNonNull(clerk, "clerk", GasRules.MTR_19);
        v.requireNonNull(equipmentCheckedAt, "equipmentCheckedAt", GasRules.MTR_19);
        v.requireNonNull(materialsStoredAt, "materialsStoredAt", GasRules.MTR_19);
        v.requireNonNull(leftAt, "leftAt", GasRules.MTR_19);
        v.throwIfAny();
    }
}
