package dev.kefu.complaints.service;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.util.Optional;

/**
 * A service record (服务记录, CMP-18) of one service contact, as the host stored it. Free-text
 * fields may be blank (the check reports what is missing); {@link #toString()} masks them.
 *
 * @param id  the host's key, not blank
 * @param agent  who served, not null
 * @param handledAt  the handling time, not null
 * @param need  the customer's need
 * @param problem  the problem description
 * @param measures  the measures taken
 * @param feedback  the customer's feedback
 * @param followUpCallbackAt  when the follow-up callback on satisfaction was made, not null; empty if none
 */
public record ServiceRecord(String id, EmployeeId agent, Instant handledAt, String need, String problem, String measures,
                            String feedback, Optional<Instant> followUpCallbackAt) {

    /** @throws dev.kefu.core.validation.PolicyInputException on a missing key, agent, time or callback field */
    public ServiceRecord {
        Violations v = Violations.create();
        if (id == null || id.isBlank()) {
            v.add("id", "required", ComplaintRules.CMP_18);
        }
        v.requireNonNull(agent, "agent", ComplaintRules.CMP_18);
        v.requireNonNull(handledAt, "handledAt", ComplaintRules.CMP_18);
        v.requireNonNull(followUpCallbackAt, "followUpCallbackAt", ComplaintRules.CMP_18);
        v.throwIfAny();
    }

    /** Free text is masked. */
    @Override
    public String toString() {
        return "ServiceRecord[id=" + id + ", agent=" + agent + ", handledAt=" + handledAt + ", need=****, problem=****, measures=****,"
                + " feedback=****, followUpCallbackAt=" + followUpCallbackAt.map(Object::toString).orElse("-") + "]";
    }
}
