package dev.kefu.complaints.service;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.util.Optional;

/**
 * A transfer of an issue to a department or a superior (CMP-16, CMP-17).
 *
 * @param at  when, not null
 * @param to  the host's key of the department or person it went to, not blank
 * @param ownerAfter  whose name the issue stays under after the transfer, not null (CMP-16: the first-contact owner's)
 * @param toldReplyBy  the expected reply time told to the customer (CMP-17), not null; empty if none was told
 */
public record Handoff(Instant at, String to, EmployeeId ownerAfter, Optional<Instant> toldReplyBy) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing field */
    public Handoff {
        Violations v = Violations.create();
        v.requireNonNull(at, "at", ComplaintRules.CMP_17);
        if (to == null || to.isBlank()) {
            v.add("to", "required", ComplaintRules.CMP_17);
        }
        v.requireNonNull(ownerAfter, "ownerAfter", ComplaintRules.CMP_16);
        v.requireNonNull(toldReplyBy, "toldReplyBy", ComplaintRules.CMP_17);
        v.throwIfAny();
    }
}
