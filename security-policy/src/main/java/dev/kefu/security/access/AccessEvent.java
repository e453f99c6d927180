package dev.kefu.security.access;

import dev.kefu.core.id.AccountId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.security.login.Incident;
import dev.kefu.security.login.IncidentKind;
import java.time.Instant;
import java.util.Optional;

/**
 * The audit record of one access decision (SEC-11: every decision is auditable).
 *
 * @param at  when
 * @param requester  who asked
 * @param customer  whose data
 * @param granted  whether access was granted
 * @param basis  on what basis
 * @param approver  the approver of the application used, if any
 */
public record AccessEvent(Instant at, EmployeeId requester, CustomerId customer, boolean granted, Basis basis,
                          Optional<EmployeeId> approver) {

    /** The basis of a decision. */
    public enum Basis {
        /** The archive's custodian (ARC-10). */
        CUSTODIAN,
        /** An authorised role (SEC-6). */
        AUTHORISED_ROLE,
        /** An approved application (SEC-11). */
        APPLICATION,
        /** Nothing grants it: denied by default. */
        DENIED_BY_DEFAULT
    }

    /**
     * SEC-6: an operation outside one's permissions is an intrusion. A denied request as the
     * incident to register in the SEC-8 register (account = the requester's employee id,
     * source = {@code customer-data}); empty when access was granted.
     *
     * @return the incident, or empty
     */
    public Optional<Incident> intrusion() {
        return granted ? Optional.empty()
                : Optional.of(new Incident(IncidentKind.UNAUTHORISED_OPERATION, at, AccountId.of(requester.value()), "customer-data", 1));
    }
}
