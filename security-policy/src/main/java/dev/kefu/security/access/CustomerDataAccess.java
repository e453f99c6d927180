package dev.kefu.security.access;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Access to customer data (SEC-6, SEC-11, ARC-10): deny by default; the archive's custodian
 * and staff in an authorised role may read; anyone else needs an approved application
 * (approver other than the applicant, scope, validity period). Every decision carries an
 * {@link AccessEvent} for the audit trail.
 *
 * <p>Implementation Requirements: immutable and thread-safe if the custodian lookup is.
 */
public final class CustomerDataAccess {

    static final RuleId SEC_11 = RuleId.of("SEC-11");

    private final Set<String> authorisedRoles;
    private final Function<CustomerId, Optional<EmployeeId>> custodianOf;

    private CustomerDataAccess(Set<String> authorisedRoles, Function<CustomerId, Optional<EmployeeId>> custodianOf) {
        this.authorisedRoles = authorisedRoles;
        this.custodianOf = custodianOf;
    }

    /**
     * An access policy.
     *
     * @param authorisedRoles  roles that may read customer data without an application
     * @param custodianOf  the archive custodian of a customer (ARC-10)
     * @return the policy
     */
    public static CustomerDataAccess of(Set<String> authorisedRoles, Function<CustomerId, Optional<EmployeeId>> custodianOf) {
        Violations v = Violations.create();
        v.requireNonNull(authorisedRoles, "authorisedRoles", SEC_11);
        v.requireNonNull(custodianOf, "custodianOf", SEC_11);
        v.throwIfAny();
        return new CustomerDataAccess(Set.copyOf(authorisedRoles), custodianOf);
    }

    /**
     * Decides a request to read a customer's data.
     *
     * @param requester  who asks, not null
     * @param roles  the requester's roles, not null
     * @param customer  whose data, not null
     * @param at  when, not null
     * @param applications  the requester's approved applications, not null
     * @return the decision whose outcome is the audit event
     */
    public Decision<AccessEvent> decide(EmployeeId requester, Set<String> roles, CustomerId customer, Instant at,
                                        List<AccessApplication> applications) {
        Violations v = Violations.create();
        v.requireNonNull(requester, "requester", SEC_11);
        v.requireNonNull(roles, "roles", SEC_11);
        v.requireNonNull(customer, "customer", SEC_11);
        v.requireNonNull(at, "at", SEC_11);
        v.requireNonNull(applications, "applications", SEC_11);
        v.throwIfAny();
        if (custodianOf.apply(customer).map(requester::equals).orElse(false)) {
            return granted(at, requester, customer, "CUSTODIAN", Optional.empty(), RuleId.of("ARC-10"));
        }
        for (String r : roles) {
            if (authorisedRoles.contains(r)) {
                return granted(at, requester, customer, "AUTHORISED_ROLE", Optional.empty(), RuleId.of("SEC-6"));
            }
        }
        for (AccessApplication a : applications) {
            if (a.covers(requester, customer, at)) {
                return granted(at, requester, customer, "APPLICATION", Optional.of(a.approver()), SEC_11);
            }
        }
        AccessEvent denied = new AccessEvent(at, requester, customer, false, "DENIED_BY_DEFAULT", Optional.empty());
        return Decision.of(denied, Reason.of(SEC_11, SecurityMessages.BUNDLE, "access.denied", requester, customer));
    }

    private static Decision<AccessEvent> granted(Instant at, EmployeeId requester, CustomerId customer, String basis,
                                                 Optional<EmployeeId> approver, RuleId rule) {
        return Decision.of(new AccessEvent(at, requester, customer, true, basis, approver),
                Reason.of(rule, SecurityMessages.BUNDLE, "access." + basis, requester, customer));
    }
}
