package dev.kefu.appraisal.rota;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;

/**
 * A clock-in or clock-out (考勤打卡). Create with {@link #clockIn} or {@link #clockOut}.
 *
 * @param employee  who clocked
 * @param in  true for clock-in, false for clock-out
 * @param at  when
 */
public record ClockEvent(EmployeeId employee, boolean in, Instant at) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every missing part */
    public ClockEvent {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", HandoverCheck.APR_11);
        v.requireNonNull(at, "at", HandoverCheck.APR_11);
        v.throwIfAny();
    }

    /** A clock-in. */
    public static ClockEvent clockIn(EmployeeId employee, Instant at) {
        return new ClockEvent(employee, true, at);
    }

    /** A clock-out. */
    public static ClockEvent clockOut(EmployeeId employee, Instant at) {
        return new ClockEvent(employee, false, at);
    }
}
