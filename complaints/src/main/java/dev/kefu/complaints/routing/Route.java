package dev.kefu.complaints.routing;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.core.validation.Violations;
import java.util.List;
import java.util.Optional;

/**
 * Where a contact goes (CMP-10). The resolver of a complaint is not the router's business: it
 * is the rank the host maps to the complaint's level (CMP-8, {@code ComplaintLevels}).
 *
 * @param desk  the desk: general, order or complaint
 * @param agentProfile  the kind of agent wanted, if it matters
 * @param steps  the steps, in order; copied
 */
public record Route(Desk desk, Optional<AgentProfile> agentProfile, List<RouteStep> steps) {

    /** @throws dev.kefu.core.validation.PolicyInputException on a null field or step */
    public Route {
        Violations v = Violations.create();
        v.requireNonNull(desk, "desk", ComplaintRules.CMP_10);
        v.requireNonNull(agentProfile, "agentProfile", ComplaintRules.CMP_10);
        if (v.requireNonNull(steps, "steps", ComplaintRules.CMP_10) && steps.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("steps[]", "required", ComplaintRules.CMP_10);
        }
        v.throwIfAny();
        steps = List.copyOf(steps);
    }

    /** Desks (CMP-10). Labels: {@code ComplaintsMessages.label}. */
    public enum Desk {
        /** 综合席. */
        GENERAL,
        /** 订单席 (ORD-3). */
        ORDER,
        /** 投诉席. */
        COMPLAINT
    }

    /** Agent profiles (CMP-10): technical-leaning, theory-leaning or all-round. Labels: {@code ComplaintsMessages.label}. */
    public enum AgentProfile {
        /** 技术型. */
        TECHNICAL,
        /** 理论型. */
        THEORY,
        /** 综合型. */
        ALL_ROUND
    }
}
