package dev.kefu.security.access;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import java.time.Instant;
import java.util.Optional;

/**
 * The audit record of one access decision (SEC-11: every decision is auditable).
 *
 * @param at  when
 * @param requester  who asked
 * @param customer  whose data
 * @param granted  whether access was granted
 * @param basis  on what basis: CUSTODIAN, AUTHORISED_ROLE, APPLICATION, or DENIED_BY_DEFAULT
 * @param approver  the approver of the application used, if any
 */
public record AccessEvent(Instant at, EmployeeId requester, CustomerId customer, boolean granted, String basis,
                          Optional<EmployeeId> approver) {
}
