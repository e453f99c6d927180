package dev.kefu.complaints;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of a complaint's append-only timeline: what happened, who did it in which role,
 * and when (CMP-6: the whole process is recorded).
 *
 * @param type  what happened, not null
 * @param actor  who did it, not null
 * @param role  in which role, not null
 * @param at  when, not null
 * @param note  a note, such as the customer's final opinion on callback; never personal data
 */
public record ComplaintEvent(EventType type, EmployeeId actor, Role role, Instant at, Optional<String> note) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing field */
    public ComplaintEvent {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("CMP-6");
        v.requireNonNull(type, "type", rule);
        v.requireNonNull(actor, "actor", rule);
        v.requireNonNull(role, "role", rule);
        v.requireNonNull(at, "at", rule);
        v.requireNonNull(note, "note", rule);
        v.throwIfAny();
    }

    /** An event without a note. */
    public static ComplaintEvent of(EventType type, EmployeeId actor, Role role, Instant at) {
        return new ComplaintEvent(type, actor, role, at, Optional.empty());
    }
}
