package dev.kefu.appraisal.conduct;

import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;

/**
 * A call from the telephone system's records (APR-16): which side cleared it. Create with
 * {@link #clearedByCaller} or {@link #clearedByAgent}.
 *
 * @param agent  the agent who took the call
 * @param callId  the telephone system's id of the call (no personal data)
 * @param endedAt  when the call ended
 * @param agentCleared  true when the agent's side cleared the call
 */
public record CallRecord(EmployeeId agent, String callId, Instant endedAt, boolean agentCleared) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every missing part */
    public CallRecord {
        Violations v = Violations.create();
        v.requireNonNull(agent, "agent", AppraisalRules.APR_16);
        if (callId == null || callId.isBlank()) {
            v.add("callId", "required", AppraisalRules.APR_16);
        }
        v.requireNonNull(endedAt, "endedAt", AppraisalRules.APR_16);
        v.throwIfAny();
    }

    /** A call the caller hung up first, as it should be. */
    public static CallRecord clearedByCaller(EmployeeId agent, String callId, Instant endedAt) {
        return new CallRecord(agent, callId, endedAt, false);
    }

    /** A call the agent hung up. */
    public static CallRecord clearedByAgent(EmployeeId agent, String callId, Instant endedAt) {
        return new CallRecord(agent, callId, endedAt, true);
    }
}
