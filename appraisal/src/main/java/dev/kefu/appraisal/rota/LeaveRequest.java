package dev.kefu.appraisal.rota;

import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A request for a day of leave (请假, APR-17). Create with {@link #unapproved} or
 * {@link #approved}.
 *
 * @param employee  who asks
 * @param date  the day
 * @param approvedBy  the superior who approved it, if any
 */
public record LeaveRequest(EmployeeId employee, LocalDate date, Optional<EmployeeId> approvedBy) {

    /** @throws dev.kefu.core.validation.PolicyInputException if a part is missing */
    public LeaveRequest {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", AppraisalRules.APR_17);
        v.requireNonNull(date, "date", AppraisalRules.APR_17);
        v.requireNonNull(approvedBy, "approvedBy", AppraisalRules.APR_17);
        v.throwIfAny();
    }

    /** A request no superior has approved yet. */
    public static LeaveRequest unapproved(EmployeeId employee, LocalDate date) {
        return new LeaveRequest(employee, date, Optional.empty());
    }

    /** A request approved by a superior. */
    public static LeaveRequest approved(EmployeeId employee, LocalDate date, EmployeeId superior) {
        Violations v = Violations.create();
        v.requireNonNull(superior, "approvedBy", AppraisalRules.APR_17);
        v.throwIfAny();
        return new LeaveRequest(employee, date, Optional.of(superior));
    }
}
