package dev.kefu.complaints.routing;

import static dev.kefu.complaints.routing.RouteStep.AGENT_SOLVES;
import static dev.kefu.complaints.routing.RouteStep.COMPLAINT_SPECIALIST;
import static dev.kefu.complaints.routing.RouteStep.ORDER_AGENT;
import static dev.kefu.complaints.routing.RouteStep.PROBLEM_FEEDBACK;
import static dev.kefu.complaints.routing.RouteStep.REPLY;
import static dev.kefu.complaints.routing.RouteStep.TECHNICAL_AGENT;
import static dev.kefu.complaints.routing.RouteStep.TECHNICAL_DEPARTMENT;
import static dev.kefu.complaints.routing.RouteStep.VERIFY;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import java.util.List;
import java.util.Optional;

/**
 * Routes a contact (CMP-10, amended 2026-11-24; ORD-3). A host plugs in its own by implementing
 * this interface; {@link #regulation()} is the regulation's routing (S1 part 1 §4):
 * <ul>
 *   <li>plain issue → the agent solves → reply → problem feedback (general desk);</li>
 *   <li>order operation → the order desk's agent → reply → problem feedback (order desk, ORD-3);</li>
 *   <li>transaction dispute → complaint specialist → verify and handle → reply → problem
 *       feedback (complaint desk, the dedicated complaint team of part 1 §6);</li>
 *   <li>technical fault → technically-minded agent → verify and handle → reply → problem feedback;</li>
 *   <li>technical fault verified but not solved → technically-minded agent → verify and handle →
 *       reported to the technical department → reply → problem feedback.</li>
 * </ul>
 * Problem feedback (问题反馈) is internal problem reporting into the daily summary (CMP-20).
 */
@FunctionalInterface
public interface ComplaintRouter {

    /**
     * Routes a contact.
     *
     * @param type  the kind of issue, not null
     * @return the decision whose outcome is the route
     */
    Decision<Route> route(IssueType type);

    /** The regulation's routing. */
    static ComplaintRouter regulation() {
        return type -> {
            Violations v = Violations.create();
            v.requireNonNull(type, "type", ComplaintRules.CMP_10);
            v.throwIfAny();
            Route r = switch (type) {
                case PLAIN -> new Route(Route.Desk.GENERAL, Optional.empty(), List.of(AGENT_SOLVES, REPLY, PROBLEM_FEEDBACK));
                case ORDER -> new Route(Route.Desk.ORDER, Optional.empty(), List.of(ORDER_AGENT, REPLY, PROBLEM_FEEDBACK));
                case TRANSACTION_DISPUTE -> new Route(Route.Desk.COMPLAINT, Optional.empty(),
                        List.of(COMPLAINT_SPECIALIST, VERIFY, REPLY, PROBLEM_FEEDBACK));
                case TECHNICAL_FAULT -> new Route(Route.Desk.GENERAL, Optional.of(Route.AgentProfile.TECHNICAL),
                        List.of(TECHNICAL_AGENT, VERIFY, REPLY, PROBLEM_FEEDBACK));
                case TECHNICAL_FAULT_UNSOLVED -> new Route(Route.Desk.GENERAL, Optional.of(Route.AgentProfile.TECHNICAL),
                        List.of(TECHNICAL_AGENT, VERIFY, TECHNICAL_DEPARTMENT, REPLY, PROBLEM_FEEDBACK));
            };
            Reason why = Reason.of(ComplaintRules.CMP_10, ComplaintsMessages.BUNDLE, "routing." + type.name().toLowerCase(java.util.Locale.ROOT));
            return type == IssueType.ORDER
                    ? Decision.of(r, why, Reason.of(ComplaintRules.ORD_3, ComplaintsMessages.BUNDLE, "routing.orderDesk"))
                    : Decision.of(r, why);
        };
    }
}
