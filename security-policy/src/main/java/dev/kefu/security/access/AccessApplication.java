package dev.kefu.security.access;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.time.Instant;
import java.util.Set;

/**
 * An approved application to use customer data for work (SEC-11): who applied, who approved,
 * for which customers, and for how long.
 *
 * @param applicant  who may use the data
 * @param approver  who approved
 * @param scope  the customers covered
 * @param from  valid from, inclusive
 * @param until  valid until, exclusive
 */
public record AccessApplication(EmployeeId applicant, EmployeeId approver, Set<CustomerId> scope, Instant from, Instant until) {

    /**
     * Checks and copies the application.
     *
     * @throws dev.kefu.core.validation.PolicyInputException naming every missing field, a null
     *     customer in the scope, and a validity that ends before it starts
     */
    public AccessApplication {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("SEC-11");
        v.requireNonNull(applicant, "application.applicant", rule);
        v.requireNonNull(approver, "application.approver", rule);
        if (dev.kefu.security.SecurityInputs.nullOrHasNull(scope)) {
            v.add("application.scope", "required", rule);
        }
        v.requireNonNull(from, "application.from", rule);
        v.requireNonNull(until, "application.until", rule);
        if (from != null && until != null && until.isBefore(from)) {
            v.add("application.until", SecurityMessages.BUNDLE, "access.reversed", rule);
        }
        v.throwIfAny();
        scope = Set.copyOf(scope);
    }

    boolean covers(EmployeeId who, CustomerId customer, Instant at) {
        return applicant.equals(who) && scope.contains(customer) && !at.isBefore(from) && at.isBefore(until) && !approver.equals(applicant);
    }
}
