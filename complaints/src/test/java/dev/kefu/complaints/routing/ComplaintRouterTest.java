package dev.kefu.complaints.routing;

import static dev.kefu.complaints.routing.RouteStep.AGENT_SOLVES;
import static dev.kefu.complaints.routing.RouteStep.COMPLAINT_SPECIALIST;
import static dev.kefu.complaints.routing.RouteStep.FEEDBACK;
import static dev.kefu.complaints.routing.RouteStep.REPLY;
import static dev.kefu.complaints.routing.RouteStep.TECHNICAL_AGENT;
import static dev.kefu.complaints.routing.RouteStep.TECHNICAL_DEPARTMENT;
import static dev.kefu.complaints.routing.RouteStep.VERIFY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.complaints.ComplaintLevel;
import dev.kefu.core.decision.Decision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComplaintRouterTest {

    private final ComplaintRouter router = ComplaintRouter.standard();

    @Test
    @DisplayName("CMP-10 plain issues, disputes and technical faults take the regulation's routes")
    void routes() {
        assertThat(router.route(IssueType.PLAIN, null, false).outcome().steps()).containsExactly(AGENT_SOLVES, REPLY, FEEDBACK);
        Route dispute = router.route(IssueType.TRANSACTION_DISPUTE, null, false).outcome();
        assertThat(dispute.steps()).containsExactly(COMPLAINT_SPECIALIST, VERIFY, REPLY, FEEDBACK);
        assertThat(dispute.desk()).isEqualTo(Route.Desk.COMPLAINT);
        Route tech = router.route(IssueType.TECHNICAL_FAULT, null, false).outcome();
        assertThat(tech.steps()).containsExactly(TECHNICAL_AGENT, VERIFY, REPLY, FEEDBACK);
        assertThat(tech.agentProfile()).contains(Route.AgentProfile.TECHNICAL);
        assertThat(router.route(IssueType.TECHNICAL_FAULT, null, true).outcome().steps())
                .containsExactly(TECHNICAL_AGENT, TECHNICAL_DEPARTMENT, REPLY, FEEDBACK);
        assertThat(tech.handlerRank()).isEmpty();
        assertThatThrownBy(() -> router.route(null, null, false)).hasMessageContaining("type");
    }

    @Test
    @DisplayName("CMP-8 the level decides the rank of the supervisor who handles it personally")
    void level_rank() {
        Decision<Route> d = router.route(IssueType.TRANSACTION_DISPUTE, ComplaintLevel.MAJOR, false);
        assertThat(d.outcome().handlerRank()).contains(ComplaintLevel.SupervisorRank.GENERAL_MANAGER);
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("CMP-10", "CMP-8");
        assertThat(router.route(IssueType.PLAIN, ComplaintLevel.SERIOUS, false).outcome().handlerRank())
                .contains(ComplaintLevel.SupervisorRank.DEPARTMENT_MANAGER);
    }
}
