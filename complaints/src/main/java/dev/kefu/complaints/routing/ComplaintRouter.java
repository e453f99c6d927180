package dev.kefu.complaints.routing;

import dev.kefu.complaints.ComplaintLevel;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.util.List;
import java.util.Optional;

/**
 * Routes a contact (CMP-10) and, for a complaint, names the rank of the handling supervisor
 * (CMP-8). A host plugs in its own by implementing this interface; {@link #standard()} is the
 * regulation's routing:
 * <ul>
 *   <li>plain issue → the agent solves → reply → feedback (general desk);</li>
 *   <li>transaction dispute → complaint specialist → verify → reply → feedback (complaint desk,
 *       the dedicated complaint team of S1 part 1 §6);</li>
 *   <li>technical fault → technically-minded agent → verify → reply → feedback; when the agent
 *       cannot solve it → reported to the technical department → reply → feedback.</li>
 * </ul>
 */
@FunctionalInterface
public interface ComplaintRouter {

    /**
     * Routes a contact.
     *
     * @param type  the kind of issue, not null
     * @param level  the complaint's level, or null when the contact is not a complaint
     * @param agentCannotSolve  whether the agent found a technical fault beyond them
     * @return the decision whose outcome is the route
     */
    Decision<Route> route(IssueType type, ComplaintLevel level, boolean agentCannotSolve);

    /** The regulation's routing. */
    static ComplaintRouter standard() {
        return (type, level, cannotSolve) -> {
            Violations v = Violations.create();
            v.requireNonNull(type, "type", RuleId.of("CMP-10"));
            v.throwIfAny();
            Optional<ComplaintLevel.SupervisorRank> rank = Optional.ofNullable(level).map(ComplaintLevel::handlerRank);
            Route r;
            String key;
            switch (type) {
                case PLAIN:
                    r = new Route(Route.Desk.GENERAL, Optional.empty(),
                            List.of(RouteStep.AGENT_SOLVES, RouteStep.REPLY, RouteStep.FEEDBACK), rank);
                    key = "routing.plain";
                    break;
                case TRANSACTION_DISPUTE:
                    r = new Route(Route.Desk.COMPLAINT, Optional.empty(),
                            List.of(RouteStep.COMPLAINT_SPECIALIST, RouteStep.VERIFY, RouteStep.REPLY, RouteStep.FEEDBACK), rank);
                    key = "routing.dispute";
                    break;
                default:
                    r = cannotSolve
                            ? new Route(Route.Desk.GENERAL, Optional.of(Route.AgentProfile.TECHNICAL),
                                    List.of(RouteStep.TECHNICAL_AGENT, RouteStep.TECHNICAL_DEPARTMENT, RouteStep.REPLY, RouteStep.FEEDBACK), rank)
                            : new Route(Route.Desk.GENERAL, Optional.of(Route.AgentProfile.TECHNICAL),
                                    List.of(RouteStep.TECHNICAL_AGENT, RouteStep.VERIFY, RouteStep.REPLY, RouteStep.FEEDBACK), rank);
                    key = cannotSolve ? "routing.technicalEscalated" : "routing.technical";
            }
            Reason route = Reason.of(RuleId.of("CMP-10"), ComplaintsMessages.BUNDLE, key, r.steps());
            return rank.isPresent()
                    ? Decision.of(r, route, Reason.of(RuleId.of("CMP-8"), ComplaintsMessages.BUNDLE, "routing.level", level, rank.get()))
                    : Decision.of(r, route);
        };
    }
}
