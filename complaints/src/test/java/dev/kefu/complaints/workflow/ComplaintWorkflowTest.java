package dev.kefu.complaints.workflow;

import static dev.kefu.complaints.Fixtures.AGENT;
import static dev.kefu.complaints.Fixtures.HR;
import static dev.kefu.complaints.Fixtures.SUP;
import static dev.kefu.complaints.Fixtures.at;
import static dev.kefu.complaints.Fixtures.hr;
import static dev.kefu.complaints.Fixtures.received;
import static dev.kefu.complaints.Fixtures.step;
import static dev.kefu.complaints.Fixtures.sup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.complaints.Category;
import dev.kefu.complaints.Channel;
import dev.kefu.complaints.Complaint;
import dev.kefu.complaints.ComplaintEvent;
import dev.kefu.complaints.ComplaintLevel;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.complaints.EventType;
import dev.kefu.complaints.ImmutableComplaint;
import dev.kefu.complaints.ProductDetails;
import dev.kefu.complaints.Role;
import dev.kefu.core.id.ProductId;
import dev.kefu.core.validation.PolicyInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComplaintWorkflowTest {

    static Complaint fullyHandled() {
        Complaint c = received("1", "2025-06-04T10:00");
        c = hr(c, EventType.ASSESSED_VALID, "2025-06-04T10:30");
        c = hr(c, EventType.DISPATCHED, "2025-06-04T10:40");
        c = sup(c, EventType.INVESTIGATION_STARTED, "2025-06-04T14:00");
        c = sup(c, EventType.SOLUTION_PROPOSED, "2025-06-05T09:00");
        c = sup(c, EventType.CUSTOMER_NOT_SATISFIED, "2025-06-05T11:00");
        c = sup(c, EventType.SOLUTION_PROPOSED, "2025-06-05T15:00");
        c = sup(c, EventType.CUSTOMER_SATISFIED, "2025-06-05T16:00");
        c = sup(c, EventType.RESULT_REPORTED, "2025-06-05T17:00");
        c = hr(c, EventType.CALLBACK_DONE, "2025-06-06T10:00");
        return hr(c, EventType.ARCHIVED, "2025-06-06T11:00");
    }

    @Test
    @DisplayName("CMP-3 CMP-4 CMP-5 CMP-6 the workflow runs from receipt to archive; not satisfied goes back to handling")
    void full_workflow() {
        Complaint c = fullyHandled();
        WorkflowState s = ComplaintWorkflow.replay(c);
        assertThat(s.state()).isEqualTo(ComplaintState.ARCHIVED);
        assertThat(s.state().isClosed()).isTrue();
        assertThat(s.handlingRounds()).isEqualTo(2);
        assertThat(s.satisfiedAt()).contains(at("2025-06-05T16:00"));
        assertThat(c.events()).hasSize(11);
        assertThat(ComplaintWorkflow.allowed(s)).isEmpty();
    }

    @Test
    @DisplayName("CMP-3 an unfounded complaint is closed with a tactful explanation")
    void invalid_is_closed() {
        Complaint c = step(received("1", "2025-06-04T10:00"), EventType.ASSESSED_INVALID, HR, Role.HR_ADMIN_MANAGER, "2025-06-04T11:00");
        assertThat(ComplaintWorkflow.replay(c).state()).isEqualTo(ComplaintState.CLOSED_INVALID);
        assertThatThrownBy(() -> hr(c, EventType.DISPATCHED, "2025-06-04T12:00")).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("CMP-5 a customer still not satisfied on callback sends the complaint back to handling")
    void callback_not_satisfied() {
        Complaint c = received("1", "2025-06-04T10:00");
        c = hr(c, EventType.ASSESSED_VALID, "2025-06-04T10:30");
        c = hr(c, EventType.DISPATCHED, "2025-06-04T10:40");
        c = sup(c, EventType.INVESTIGATION_STARTED, "2025-06-04T14:00");
        c = sup(c, EventType.SOLUTION_PROPOSED, "2025-06-05T09:00");
        c = sup(c, EventType.CUSTOMER_SATISFIED, "2025-06-05T10:00");
        c = sup(c, EventType.RESULT_REPORTED, "2025-06-05T11:00");
        c = hr(c, EventType.CALLBACK_NOT_SATISFIED, "2025-06-06T10:00");
        assertThat(ComplaintWorkflow.replay(c).state()).isEqualTo(ComplaintState.INVESTIGATING);
        assertThat(ComplaintWorkflow.replay(c).handlingRounds()).isEqualTo(2);
    }

    @Test
    @DisplayName("CMP-3 an illegal step is refused, naming the allowed ones, and the complaint is unchanged")
    void illegal_step() {
        Complaint c = received("1", "2025-06-04T10:00");
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> sup(c, EventType.INVESTIGATION_STARTED, "2025-06-04T11:00"));
        assertThat(e.getMessage()).contains("event.type").contains("INVESTIGATION_STARTED is not allowed while RECEIVED");
        assertThat(c.events()).hasSize(1);
        assertThatThrownBy(() -> hr(c, EventType.ASSESSED_VALID, "2025-06-04T09:00")).hasMessageContaining("event.at");
    }

    @Test
    @DisplayName("CMP-3 CMP-4 each step checks the actor's role")
    void roles() {
        Complaint c = received("1", "2025-06-04T10:00");
        assertThatThrownBy(() -> sup(c, EventType.ASSESSED_VALID, "2025-06-04T10:30")).hasMessageContaining("event.role")
                .hasMessageContaining("CMP-3");
        Complaint dispatched = hr(hr(c, EventType.ASSESSED_VALID, "2025-06-04T10:30"), EventType.DISPATCHED, "2025-06-04T10:40");
        assertThatThrownBy(() -> hr(dispatched, EventType.INVESTIGATION_STARTED, "2025-06-04T11:00")).hasMessageContaining("CMP-4");
        Complaint byManager = step(dispatched, EventType.INVESTIGATION_STARTED, SUP, Role.DEPARTMENT_MANAGER, "2025-06-04T11:00");
        assertThat(ComplaintWorkflow.replay(byManager).state()).isEqualTo(ComplaintState.INVESTIGATING);
    }

    @Test
    @DisplayName("CMP-13 a person the complaint is about cannot handle it")
    void subject_cannot_handle() {
        Complaint c = hr(hr(received("1", "2025-06-04T10:00"), EventType.ASSESSED_VALID, "2025-06-04T10:30"), EventType.DISPATCHED, "2025-06-04T10:40");
        assertThatThrownBy(() -> step(c, EventType.INVESTIGATION_STARTED, AGENT, Role.DEPARTMENT_SUPERVISOR, "2025-06-04T11:00"))
                .hasMessageContaining("event.actor").hasMessageContaining("CMP-13");
    }

    @Test
    @DisplayName("CMP-9 progress updates may come at any time while open; pause and resume while waiting on the customer")
    void progress_and_pause() {
        Complaint c = hr(received("1", "2025-06-04T10:00"), EventType.ASSESSED_VALID, "2025-06-04T10:30");
        c = step(c, EventType.PROGRESS_UPDATE, dev.kefu.core.id.EmployeeId.of("agent-2"), Role.AGENT, "2025-06-04T11:00");
        c = hr(c, EventType.PAUSED, "2025-06-04T12:00");
        WorkflowState paused = ComplaintWorkflow.replay(c);
        assertThat(paused.paused()).isTrue();
        assertThat(ComplaintWorkflow.allowed(paused)).containsExactlyInAnyOrder(EventType.RESUMED, EventType.PROGRESS_UPDATE);
        Complaint stuck = c;
        assertThatThrownBy(() -> hr(stuck, EventType.DISPATCHED, "2025-06-04T13:00")).isInstanceOf(PolicyInputException.class);
        c = hr(c, EventType.RESUMED, "2025-06-05T09:00");
        assertThat(ComplaintWorkflow.replay(c).paused()).isFalse();
        assertThat(ComplaintWorkflow.replay(hr(c, EventType.DISPATCHED, "2025-06-05T09:10")).state()).isEqualTo(ComplaintState.DISPATCHED);
    }

    @Test
    @DisplayName("CMP-1 CMP-2 a complaint records channel, category, level, demands and who it is about; product complaints need product details")
    void model() {
        Complaint c = received("1", "2025-06-04T10:00");
        assertThat(c.channel()).isEqualTo(Channel.PHONE_DIRECT_LINE);
        assertThat(c.level().handlerRank()).isEqualTo(ComplaintLevel.SupervisorRank.DEPARTMENT_SUPERVISOR);
        assertThat(c.receivedAt()).isEqualTo(at("2025-06-04T10:00"));
        assertThatThrownBy(() -> ImmutableComplaint.builder().from(c).category(Category.PRODUCT).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("product");
        Complaint product = ImmutableComplaint.builder().from(c).category(Category.PRODUCT)
                .product(new ProductDetails("mould in the box", at("2025-06-01T12:00"), "Pudong store", ProductId.of("P-7"))).build();
        assertThat(product.product()).isPresent();
        assertThatThrownBy(() -> new ProductDetails(" ", null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(4));
        assertThatThrownBy(() -> ImmutableComplaint.builder().from(c)
                .events(List.of(ComplaintEvent.of(EventType.DISPATCHED, HR, Role.HR_ADMIN_MANAGER, at("2025-06-04T10:00")))).build())
                .hasMessageContaining("events[0].type");
        assertThatThrownBy(() -> ImmutableComplaint.builder().build()).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("events").hasMessageContaining("channel");
        assertThatThrownBy(() -> new ComplaintEvent(null, null, null, null, Optional.empty())).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("CMP-6 replaying the timeline rebuilds the same state; a bad stored timeline is refused")
    void replay() {
        Complaint c = fullyHandled();
        Complaint copy = ImmutableComplaint.builder().from(c).build();
        assertThat(ComplaintWorkflow.replay(copy)).isEqualTo(ComplaintWorkflow.replay(c));
        Complaint tampered = ImmutableComplaint.builder().from(received("2", "2025-06-04T10:00"))
                .addEvents(ComplaintEvent.of(EventType.ARCHIVED, HR, Role.HR_ADMIN_MANAGER, at("2025-06-04T11:00"))).build();
        assertThatThrownBy(() -> ComplaintWorkflow.replay(tampered)).hasMessageContaining("events[1].type");
        assertThatThrownBy(() -> ComplaintWorkflow.apply(null, null)).hasMessageContaining("complaint");
    }

    @Test
    @DisplayName("CORE-DEC-1 every complaints message exists in English and Chinese")
    void bundle() {
        assertThat(ComplaintsMessages.BUNDLE.keys(Locale.CHINA)).isEqualTo(ComplaintsMessages.BUNDLE.keys(Locale.ENGLISH));
    }
}
