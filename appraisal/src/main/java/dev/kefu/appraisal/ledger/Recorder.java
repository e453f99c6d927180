package dev.kefu.appraisal.ledger;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;

/**
 * Who records an offence, with the role the host vouches for (APR-9).
 *
 * @param employee  the recorder
 * @param role  the recorder's role
 */
public record Recorder(EmployeeId employee, RecorderRole role) {

    /** @throws dev.kefu.core.validation.PolicyInputException if a part is missing */
    public Recorder {
        Violations v = Violations.create();
        RuleId r = PenaltyLedger.APR_9;
        v.requireNonNull(employee, "employee", r);
        v.requireNonNull(role, "role", r);
        v.throwIfAny();
    }

    /** The customer-service manager (客服经理), the only role that may record offences (APR-9). */
    public static Recorder customerServiceManager(EmployeeId employee) {
        return new Recorder(employee, RecorderRole.CUSTOMER_SERVICE_MANAGER);
    }
}
