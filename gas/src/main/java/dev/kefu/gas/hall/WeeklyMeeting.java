package dev.kefu.gas.hall;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.DeskRole;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A weekly meeting as held (周會, MTR-20).
 *
 * @param startsAt  when it started
 * @param chair  who chaired it
 * @param chairRole  the chair's role; the regulation's is the group leader
 * @param attendance  who attended, as recorded; empty when attendance was not recorded
 */
public record WeeklyMeeting(Instant startsAt, EmployeeId chair, DeskRole chairRole, Optional<Set<EmployeeId>> attendance) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every null part */
    public WeeklyMeeting {
        Violations v = Violations.create();
        v.requireNonNull(startsAt, "startsAt", GasRules.MTR_20);
        v.requireNonNull(chair, "chair", GasRules.MTR_20);
        v.requireNonNull(chairRole, "chairRole", GasRules.MTR_20);
        if (v.requireNonNull(attendance, "attendance", GasRules.MTR_20) && attendance.isPresent() && GasMessages.hasNull(attendance.get())) {
            v.add("attendance", "required", GasRules.MTR_20);
        }
        v.throwIfAny();
        attendance = attendance.map(Set::copyOf);
    }

    /** A meeting with its attendance recorded. */
    public static WeeklyMeeting recorded(Instant startsAt, EmployeeId chair, DeskRole chairRole, Set<EmployeeId> attendance) {
        return new WeeklyMeeting(startsAt, chair, chairRole, Optional.ofNullable(attendance));
    }

    /** A meeting whose attendance was not recorded. */
    public static WeeklyMeeting unrecorded(Instant startsAt, EmployeeId chair, DeskRole chairRole) {
        return new WeeklyMeeting(startsAt, chair, chairRole, Optional.empty());
    }
}
