package dev.kefu.complaints.routing;

import static dev.kefu.complaints.routing.RouteStep.AGENT_SOLVES;
import static dev.kefu.complaints.routing.RouteStep.COMPLAINT_SPECIALIST;
import static dev.kefu.complaints.routing.RouteStep.ORDER_AGENT;
import static dev.kefu.complaints.routing.RouteStep.PROBLEM_FEEDBACK;
import static dev.kefu.complaints.routing.RouteStep.REPLY;
import static dev.kefu.complaints.routing.RouteStep.TECHNICAL_AGENT;
import static dev.kefu.complaints.routing.RouteStep.TECHNICAL_DEPARTMENT;
import static dev.kefu.complaints.routing.RouteStep.VERIFY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.validation.PolicyInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComplaintRouterTest {

    private final ComplaintRouter router = ComplaintRouter.regulation();

    @Test
    @DisplayName("CMP-10 plain issues, disputes and technical faults take the regulation's routes, each ending in internal problem feedback")
    void routes() {
        assertThat(router.route(IssueType.PLAIN).outcome().steps()).containsExactly(AGENT_SOLVES, REPLY, PROBLEM_FEEDBACK);
        Route dispute = router.route(IssueType.TRANSACTION_DISPUTE).outcome();
        assertThat(dispute.steps()).containsExactly(COMPLAINT_SPECIALIST, VERIFY, REPLY, PROBLEM_FEEDBACK);
        assertThat(dispute.desk()).isEqualTo(Route.Desk.COMPLAINT);
        Route tech = router.route(IssueType.TECHNICAL_FAULT).outcome();
        assertThat(tech.steps()).containsExactly(TECHNICAL_AGENT, VERIFY, REPLY, PROBLEM_FEEDBACK);
        assertThat(tech.agentProfile()).contains(Route.AgentProfile.TECHNICAL);
        assertThatThrownBy(() -> router.route(null)).isInstanceOf(PolicyInputException.class).hasMessageContaining("type");
        for (IssueType t : IssueType.values()) {
            List<RouteStep> steps = router.route(t).outcome().steps();
            assertThat(steps.get(steps.size() - 1)).isEqualTo(PROBLEM_FEEDBACK);
            assertThat(router.route(t).explain(Locale.ENGLISH) + router.route(t).explain(Locale.CHINA)).doesNotContainPattern("[A-Z]+_[A-Z_]+");
        }
    }

    @Test
    @DisplayName("CMP-10 audit note: a technical fault verified but not solved keeps the verify step before the technical department")
    void escalated_technical_fault_verifies_first() {
        Decision<Route> d = router.route(IssueType.TECHNICAL_FAULT_UNSOLVED);
        assertThat(d.outcome().steps()).containsExactly(TECHNICAL_AGENT, VERIFY, TECHNICAL_DEPARTMENT, REPLY, PROBLEM_FEEDBACK);
        assertThat(d.explain(Locale.CHINA)).contains("核实处理，申报技术部门");
    }

    @Test
    @DisplayName("CMP-10 ORD-3 audit note: an order issue reaches the ORDER desk")
    void order_desk_reachable() {
        Decision<Route> d = router.route(IssueType.ORDER);
        assertThat(d.outcome().desk()).isEqualTo(Route.Desk.ORDER);
        assertThat(d.outcome().steps()).containsExactly(ORDER_AGENT, REPLY, PROBLEM_FEEDBACK);
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("CMP-10", "ORD-3");
        assertThat(Arrays.stream(IssueType.values()).map(t -> router.route(t).outcome().desk()).distinct()).hasSize(3);
    }

    @Test
    @DisplayName("CMP-10 a route copies its steps and refuses null parts")
    void route_values() {
        List<RouteStep> steps = new ArrayList<>(List.of(REPLY));
        Route r = new Route(Route.Desk.GENERAL, Optional.empty(), steps);
        steps.add(VERIFY);
        assertThat(r.steps()).containsExactly(REPLY);
        assertThatThrownBy(() -> new Route(null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(3));
        assertThatThrownBy(() -> new Route(Route.Desk.GENERAL, Optional.empty(), Arrays.asList(REPLY, null))).isInstanceOf(PolicyInputException.class);
    }
}
