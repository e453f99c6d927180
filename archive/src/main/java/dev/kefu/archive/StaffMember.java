package dev.kefu.archive;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;

/**
 * An employee in one of the roles of ARC-17.
 *
 * @param id  the employee
 * @param role  the role they act in
 */
public record StaffMember(EmployeeId id, ArchiveRole role) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing field */
    public StaffMember {
        Violations v = Violations.create();
        v.requireNonNull(id, "id", ArchiveRules.ARC_17);
        v.requireNonNull(role, "role", ArchiveRules.ARC_17);
        v.throwIfAny();
    }
}
