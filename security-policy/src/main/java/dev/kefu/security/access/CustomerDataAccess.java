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
 * {@link AccessEvent} for the audit trail; a denied request is an intrusion (SEC-6: any other
 * operation is an intrusion) whose {@link AccessEvent#intrusion()} the host registers in the
 * SEC-8 register.
 *
 * <p><b>State and restore.</b> The policy holds no state: the approved applications are the
 * host's stored rows, passed to every decision; {@link #restoreApplications} rebuilds and checks
 * them (a null, a missing field or a reversed validity is a {@code PolicyInputException}).
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
        if (dev.kefu.security.SecurityInputs.nullOrHasNull(authorisedRoles)) {
            v.add("authorisedRoles", "required", SEC_11);
        }
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
        if (dev.kefu.security.SecurityInputs.nullOrHasNull(roles)) {
            v.add("roles", "required", SEC_11);
        }
        v.requireNonNull(customer, "customer", SEC_11);
        v.requireNonNull(at, "at", SEC_11);
        if (dev.kefu.security.SecurityInputs.nullOrHasNull(applications)) {
            v.add("applications", "required", SEC_11);
        }
        v.throwIfAny();
        Optional<EmployeeId> custodian = custodianOf.apply(customer);
        if (custodian == null) {
            Violations.create().add("custodianOf", "required", SEC_11).throwIfAny();
        }
        if (custodian.map(requester::equals).orElse(false)) {
            return granted(at, requester, customer, AccessEvent.Basis.CUSTODIAN, Optional.empty(), RuleId.of("ARC-10"));
        }
        for (String r : roles) {
            if (authorisedRoles.contains(r)) {
                return granted(at, requester, customer, AccessEvent.Basis.AUTHORISED_ROLE, Optional.empty(), RuleId.of("SEC-6"));
            }
        }
        for (AccessApplication a : applications) {
            if (a.covers(requester, customer, at)) {
                return granted(at, requester, customer, AccessEvent.Basis.APPLICATION, Optional.of(a.approver()), SEC_11);
            }
        }
        AccessEvent denied = new AccessEvent(at, requester, customer, false, AccessEvent.Basis.DENIED_BY_DEFAULT, Optional.empty());
        return Decision.of(denied, Reason.of(SEC_11, SecurityMessages.BUNDLE, "access.denied", requester, customer));
    }

    /**
     * Rebuilds stored applications, checking each (the records' own checks run on construction;
     * this refuses a null list or element).
     *
     * @param stored  the stored applications
     * @return an immutable copy
     */
    public static List<AccessApplication> restoreApplications(List<AccessApplication> stored) {
        if (dev.kefu.security.SecurityInputs.nullOrHasNull(stored)) {
            Violations.create().add("applications", "required", SEC_11).throwIfAny();
        }
        return List.copyOf(stored);
    }

    private static Decision<AccessEvent> granted(Instant at, EmployeeId requester, CustomerId customer, AccessEvent.Basis basis,
                                                 Optional<EmployeeId> approver, RuleId rule) {
        return Decision.of(new AccessEvent(at, requester, customer, true, basis, approver),
                Reason.of(rule, SecurityMessages.BUNDLE, "access." + basis.name(), requester, customer));
    }
}
