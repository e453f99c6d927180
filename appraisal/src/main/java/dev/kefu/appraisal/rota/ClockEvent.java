package dev.kefu.appraisal.rota;

import dev.kefu.core.id.EmployeeId;
import java.time.Instant;

/**
 * A clock-in or clock-out (考勤打卡).
 *
 * @param employee  who clocked
 * @param in  true for clock-in, false for clock-out
 * @param at  when
 */
public record ClockEvent(EmployeeId employee, boolean in, Instant at) {
}
