package dev.kefu.gas.hall;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.DeskRole;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.Instant;
import java.util.Optional;

/**
 * A planned shift change at the front desk (調班, MTR-16) and the answer to it, if any.
 *
 * @param employee  who applies
 * @param shiftStart  the start of the shift to be changed
 * @param appliedAt  when the application was made, before {@code shiftStart}
 * @param appliedTo  the role applied to; the regulation's is the department head
 * @param answer  the answer, if given
 */
public record ShiftChange(EmployeeId employee, Instant shiftStart, Instant appliedAt, DeskRole appliedTo, Optional<Approval> answer) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every problem */
    public ShiftChange {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", GasRules.MTR_16);
        boolean times = v.requireNonNull(shiftStart, "shiftStart", GasRules.MTR_16) & v.requireNonNull(appliedAt, "appliedAt", GasRules.MTR_16);
        if (times && appliedAt.isAfter(shiftStart)) {
            v.add("appliedAt", GasMessages.BUNDLE, "hall.appliedAfterShift", GasRules.MTR_16);
        }
        v.requireNonNull(appliedTo, "appliedTo", GasRules.MTR_16);
        v.requireNonNull(answer, "answer", GasRules.MTR_16);
        v.throwIfAny();
    }

    /** An application not answered yet. */
    public static ShiftChange pending(EmployeeId employee, Instant shiftStart, Instant appliedAt, DeskRole appliedTo) {
        return new ShiftChange(employee, shiftStart, appliedAt, appliedTo, Optional.empty());
    }

    /** An answered application. */
    public static ShiftChange answered(EmployeeId employee, Instant shiftStart, Instant appliedAt, DeskRole appliedTo, Approval answer) {
        return new ShiftChange(employee, shiftStart, appliedAt, appliedTo, Optional.ofNullable(answer));
    }
}
