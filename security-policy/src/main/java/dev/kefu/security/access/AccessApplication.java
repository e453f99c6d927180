package dev.kefu.security.access;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
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

    boolean covers(EmployeeId who, CustomerId customer, Instant at) {
        return applicant.equals(who) && scope.contains(customer) && !at.isBefore(from) && at.isBefore(until) && !approver.equals(applicant);
    }
}
