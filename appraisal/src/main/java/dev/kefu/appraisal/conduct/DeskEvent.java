package dev.kefu.appraisal.conduct;

import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;

/**
 * A desk-presence event: an agent leaves the office area or comes back (APR-15). Create with
 * {@link #left} or {@link #returned}.
 *
 * @param employee  the agent
 * @param leaving  true when the agent leaves, false when they come back
 * @param at  when
 */
public record DeskEvent(EmployeeId employee, boolean leaving, Instant at) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every missing part */
    public DeskEvent {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", AppraisalRules.APR_15);
        v.requireNonNull(at, "at", AppraisalRules.APR_15);
        v.throwIfAny();
    }

    /** The agent leaves the office area. */
    public static DeskEvent left(EmployeeId employee, Instant at) {
        return new DeskEvent(employee, true, at);
    }

    /** The agent comes back. */
    public static DeskEvent returned(EmployeeId employee, Instant at) {
        return new DeskEvent(employee, false, at);
    }
}
