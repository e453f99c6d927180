package dev.kefu.security.machineroom;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.util.Optional;

/**
 * An entry into or exit from the machine room, as the entry log records it (SEC-9: time,
 * people and what was done — 操作内容).
 *
 * @param at  when
 * @param person  who
 * @param entering  true for an entry, false for an exit
 * @param itStaff  whether the person is IT staff
 * @param permittedBy  who gave permission: for IT staff their leader, for others the IT leader
 * @param escort  the escort of a non-IT person
 * @param workDone  for an entry, what was done in the room as the log records it (empty or blank: not recorded)
 */
public record RoomEvent(Instant at, EmployeeId person, boolean entering, boolean itStaff, Optional<EmployeeId> permittedBy,
                        Optional<EmployeeId> escort, Optional<String> workDone) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every missing field */
    public RoomEvent {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("SEC-9");
        v.requireNonNull(at, "event.at", rule);
        v.requireNonNull(person, "event.person", rule);
        v.requireNonNull(permittedBy, "event.permittedBy", rule);
        v.requireNonNull(escort, "event.escort", rule);
        v.requireNonNull(workDone, "event.workDone", rule);
        v.throwIfAny();
    }

    /** An event without a record of the work done (an exit, or an entry whose log omits it). */
    public RoomEvent(Instant at, EmployeeId person, boolean entering, boolean itStaff, Optional<EmployeeId> permittedBy,
                     Optional<EmployeeId> escort) {
        this(at, person, entering, itStaff, permittedBy, escort, Optional.empty());
    }
}
