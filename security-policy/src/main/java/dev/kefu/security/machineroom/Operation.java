package dev.kefu.security.machineroom;

import dev.kefu.core.id.EmployeeId;
import java.time.Instant;
import java.util.Optional;

/**
 * An operation on a system in the machine room (SEC-9): a non-IT person operates only with the
 * IT head's approval and under supervision, and both sign the record.
 *
 * @param at  when
 * @param operator  who operated
 * @param itStaff  whether the operator is IT staff
 * @param approvedBy  the IT head who approved, if anyone
 * @param supervisor  who supervised, if anyone
 * @param operatorSigned  whether the operator signed the record
 * @param supervisorSigned  whether the supervisor signed the record
 */
public record Operation(Instant at, EmployeeId operator, boolean itStaff, Optional<EmployeeId> approvedBy,
                        Optional<EmployeeId> supervisor, boolean operatorSigned, boolean supervisorSigned) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every missing field */
    public Operation {
        dev.kefu.core.validation.Violations v = dev.kefu.core.validation.Violations.create();
        dev.kefu.core.decision.RuleId rule = dev.kefu.core.decision.RuleId.of("SEC-9");
        v.requireNonNull(at, "operation.at", rule);
        v.requireNonNull(operator, "operation.operator", rule);
        v.requireNonNull(approvedBy, "operation.approvedBy", rule);
        v.requireNonNull(supervisor, "operation.supervisor", rule);
        v.throwIfAny();
    }
}
