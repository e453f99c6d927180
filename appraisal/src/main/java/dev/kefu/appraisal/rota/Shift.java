package dev.kefu.appraisal.rota;

import dev.kefu.core.id.EmployeeId;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One person's shift on one day.
 *
 * @param employee  who works it
 * @param date  the day
 * @param slot  which shift
 */
public record Shift(EmployeeId employee, LocalDate date, ShiftSlot slot) {

    /** When it starts. */
    public LocalDateTime start() {
        return date.atTime(slot.start());
    }

    /** When it ends. */
    public LocalDateTime end() {
        return date.atTime(slot.end());
    }
}
