package dev.kefu.complaints;

import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.validation.Violations;

/**
 * A post an employee holds: a rank in a department (CMP-8: the resolver holds the rank mapped
 * to the complaint's level in the department complained about, CMP-4).
 *
 * @param rank  the rank, not null
 * @param department  the department, not null
 */
public record Post(Rank rank, DepartmentId department) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing field */
    public Post {
        Violations v = Violations.create();
        v.requireNonNull(rank, "rank", ComplaintRules.CMP_8);
        v.requireNonNull(department, "department", ComplaintRules.CMP_4);
        v.throwIfAny();
    }
}
