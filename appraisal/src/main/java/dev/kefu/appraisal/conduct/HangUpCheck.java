package dev.kefu.appraisal.conduct;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.appraisal.ledger.OffenceCode;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.List;

/**
 * No hanging up on customers (私挂用户电话, APR-16): after saying goodbye the agent waits until the
 * caller has hung up, checked from call records (which side cleared the call). The seed has no
 * item of its own for this, so — the catalogue's reading — each hang-up is APR-8's catch-all
 * "other phone breaches" ({@link #OFFENCE}, 20 yuan), recorded in the ledger.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class HangUpCheck {

    /** The ledger offence for a hang-up (APR-16 reading: APR-8's other phone breaches). */
    public static final OffenceCode OFFENCE = OffenceCode.OTHER_PHONE;

    private HangUpCheck() {
    }

    /**
     * Finds the calls the agent hung up.
     *
     * @param calls  the call records, not null, no null element
     * @return the decision whose outcome lists the calls the agent cleared, in order
     */
    public static Decision<List<CallRecord>> check(List<CallRecord> calls) {
        Violations v = Violations.create();
        if (v.requireNonNull(calls, "calls", AppraisalRules.APR_16)) {
            for (int i = 0; i < calls.size(); i++) {
                v.requireNonNull(calls.get(i), "calls[" + i + "]", AppraisalRules.APR_16);
            }
        }
        v.throwIfAny();
        List<CallRecord> hungUp = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (CallRecord c : calls) {
            if (c.agentCleared()) {
                hungUp.add(c);
                reasons.add(Reason.of(AppraisalRules.APR_16, AppraisalMessages.BUNDLE, "call.hungUp", c.agent(), c.callId()));
            }
        }
        if (hungUp.isEmpty()) {
            reasons.add(Reason.of(AppraisalRules.APR_16, AppraisalMessages.BUNDLE, "call.ok", calls.size()));
        }
        return Decision.of(List.copyOf(hungUp), reasons);
    }
}
