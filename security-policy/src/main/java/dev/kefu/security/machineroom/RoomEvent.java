package dev.kefu.security.machineroom;

import dev.kefu.core.id.EmployeeId;
import java.time.Instant;
import java.util.Optional;

/**
 * An entry into or exit from the machine room, as the entry log records it (SEC-9).
 *
 * @param at  when
 * @param person  who
 * @param entering  true for an entry, false for an exit
 * @param itStaff  whether the person is IT staff
 * @param permittedBy  who gave permission: for IT staff their leader, for others the IT leader
 * @param escort  the escort of a non-IT person
 */
public record RoomEvent(Instant at, EmployeeId person, boolean entering, boolean itStaff, Optional<EmployeeId> permittedBy,
                        Optional<EmployeeId> escort) {
}
