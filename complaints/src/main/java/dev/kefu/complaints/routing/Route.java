package dev.kefu.complaints.routing;

import dev.kefu.complaints.ComplaintLevel;
import java.util.List;
import java.util.Optional;

/**
 * Where a contact goes (CMP-10, CMP-8).
 *
 * @param desk  the desk: general, order or complaint
 * @param agentProfile  the kind of agent wanted, if it matters
 * @param steps  the steps, in order
 * @param handlerRank  for a complaint, the rank of the supervisor who handles it personally (CMP-8)
 */
public record Route(Desk desk, Optional<AgentProfile> agentProfile, List<RouteStep> steps,
                    Optional<ComplaintLevel.SupervisorRank> handlerRank) {

    /** Desks (CMP-10). */
    public enum Desk {
        /** 综合席. */
        GENERAL,
        /** 订单席. */
        ORDER,
        /** 投诉席. */
        COMPLAINT
    }

    /** Agent profiles (CMP-10): technical-leaning, theory-leaning or all-round. */
    public enum AgentProfile {
        /** 技术型. */
        TECHNICAL,
        /** 理论型. */
        THEORY,
        /** 综合型. */
        ALL_ROUND
    }
}
