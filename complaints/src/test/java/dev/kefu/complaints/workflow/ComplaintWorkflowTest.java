package dev.kefu.complaints.workflow;

import static dev.kefu.complaints.Fixtures.AGENT;
import static dev.kefu.complaints.Fixtures.GENERAL_MANAGER;
import static dev.kefu.complaints.Fixtures.GM;
import static dev.kefu.complaints.Fixtures.GM_ACTOR;
import static dev.kefu.complaints.Fixtures.HR;
import static dev.kefu.complaints.Fixtures.HR_ACTOR;
import static dev.kefu.complaints.Fixtures.LEVELS;
import static dev.kefu.complaints.Fixtures.MAJOR;
import static dev.kefu.complaints.Fixtures.OWNER;
import static dev.kefu.complaints.Fixtures.OWNER_ACTOR;
import static dev.kefu.complaints.Fixtures.SERVICE;
import static dev.kefu.complaints.Fixtures.SUP;
import static dev.kefu.complaints.Fixtures.SUPERVISOR;
import static dev.kefu.complaints.Fixtures.SUP_ACTOR;
import static dev.kefu.complaints.Fixtures.WORKFLOW;
import static dev.kefu.complaints.Fixtures.at;
import static dev.kefu.complaints.Fixtures.dispatched;
import static dev.kefu.complaints.Fixtures.hr;
import static dev.kefu.complaints.Fixtures.owner;
import static dev.kefu.complaints.Fixtures.received;
import static dev.kefu.complaints.Fixtures.receiving;
import static dev.kefu.complaints.Fixtures.step;
import static dev.kefu.complaints.Fixtures.sup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.complaints.Actor;
import dev.kefu.complaints.Complaint;
import dev.kefu.complaints.ComplaintEvent;
import dev.kefu.complaints.ComplaintLevel;
import dev.kefu.complaints.ComplaintLevels;
import dev.kefu.complaints.Duty;
import dev.kefu.complaints.EventType;
import dev.kefu.complaints.Post;
import dev.kefu.complaints.Rank;
import dev.kefu.complaints.Role;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComplaintWorkflowTest {

    static Complaint fullyHandled() {
        Complaint c = dispatched(received("1", "2025-06-04T10:00"), "2025-06-04T10:30");
        c = sup(c, EventType.INVESTIGATION_STARTED, "2025-06-04T14:00");
        c = sup(c, EventType.SOLUTION_PROPOSED, "2025-06-05T09:00");
        c = sup(c, EventType.CUSTOMER_NOT_SATISFIED, "2025-06-05T11:00");
        c = owner(c, EventType.PROGRESS_UPDATE, "2025-06-05T12:00");
        c = sup(c, EventType.SOLUTION_PROPOSED, "2025-06-05T15:00");
        c = sup(c, EventType.CUSTOMER_SATISFIED, "2025-06-05T16:00");
        c = sup(c, EventType.RESULT_REPORTED, "2025-06-05T17:00");
        c = hr(c, EventType.CALLBACK_DONE, "2025-06-06T10:00");
        return hr(c, EventType.ARCHIVED, "2025-06-06T11:00");
    }

    @Test
    @DisplayName("CMP-3 CMP-4 CMP-5 CMP-6 CMP-16 the workflow runs from first receipt to archive; a rejected reply reopens handling")
    void full_workflow() {
        Complaint c = fullyHandled();
        WorkflowState s = WORKFLOW.replay(c);
        assertThat(s.state()).isEqualTo(ComplaintState.ARCHIVED);
        assertThat(s.state().isClosed()).isTrue();
        assertThat(s.handlingRounds()).isEqualTo(2);
        assertThat(s.satisfiedAt()).contains(at("2025-06-05T16:00"));
        assertThat(c.events()).hasSize(13);
        assertThat(c.firstContactOwner()).isEqualTo(OWNER);
        assertThat(ComplaintWorkflow.allowed(s)).isEmpty();
        assertThat(WORKFLOW.levels()).isSameAs(LEVELS);
    }

    @Test
    @DisplayName("CMP-3 an unfounded complaint is answered tactfully and closed; a later step is refused")
    void invalid_is_closed() {
        Complaint c = hr(hr(received("1", "2025-06-04T10:00"), EventType.RECORDED, "2025-06-04T10:30"), EventType.ASSESSED_INVALID, "2025-06-04T11:00");
        assertThat(WORKFLOW.replay(c).state()).isEqualTo(ComplaintState.CLOSED_INVALID);
        Decision<StepResult> d = WORKFLOW.apply(c, HR_ACTOR, ComplaintEvent.of(EventType.DISPATCHED, HR, Role.HR_ADMIN_INTAKE, at("2025-06-04T12:00")));
        assertThat(d.outcome().verdict()).isEqualTo(StepVerdict.REFUSED);
        assertThat(d.outcome().complaint()).isSameAs(c);
        assertThat(d.applied("CMP-3")).isTrue();
    }

    @Test
    @DisplayName("CMP-5 a customer still not satisfied on callback sends the complaint back to handling")
    void callback_not_satisfied() {
        Complaint c = dispatched(received("1", "2025-06-04T10:00"), "2025-06-04T10:30");
        c = sup(c, EventType.INVESTIGATION_STARTED, "2025-06-04T14:00");
        c = sup(c, EventType.SOLUTION_PROPOSED, "2025-06-05T09:00");
        c = sup(c, EventType.CUSTOMER_SATISFIED, "2025-06-05T10:00");
        c = sup(c, EventType.RESULT_REPORTED, "2025-06-05T11:00");
        c = hr(c, EventType.CALLBACK_NOT_SATISFIED, "2025-06-06T10:00");
        assertThat(WORKFLOW.replay(c).state()).isEqualTo(ComplaintState.INVESTIGATING);
        assertThat(WORKFLOW.replay(c).handlingRounds()).isEqualTo(2);
    }

    @Test
    @DisplayName("CMP-13 issue 13: an illegal step is a refused Decision, explained with labels, and the complaint is unchanged")
    void illegal_step_is_refused_decision() {
        Complaint c = received("1", "2025-06-04T10:00");
        Decision<StepResult> d = WORKFLOW.apply(c, SUP_ACTOR, ComplaintEvent.byResolver(EventType.INVESTIGATION_STARTED, SUP, SUPERVISOR,
                at("2025-06-04T11:00")));
        assertThat(d.outcome().accepted()).isFalse();
        assertThat(d.outcome().complaint()).isSameAs(c);
        assertThat(d.outcome().state()).isEqualTo(WORKFLOW.replay(c));
        assertThat(d.explain(Locale.ENGLISH)).contains("start of investigation is not allowed while the complaint is received");
        assertThat(d.explain(Locale.SIMPLIFIED_CHINESE)).contains("投诉处于“已受理”时不能进行“开始调查”");
        assertThat(d.explain(Locale.ENGLISH) + d.explain(Locale.CHINA)).doesNotContainPattern("[A-Z]+_[A-Z_]+");
        assertThat(c.events()).hasSize(1);
        assertThatThrownBy(() -> hr(c, EventType.RECORDED, "2025-06-04T09:00")).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("event.at");
    }

    @Test
    @DisplayName("CMP-3 CMP-4 CMP-16 each step checks the role it is recorded in and that the actor holds it")
    void roles() {
        Complaint c = received("1", "2025-06-04T10:00");
        // an agent without the intake duty cannot record as HR-admin intake
        Decision<StepResult> notIntake = WORKFLOW.apply(c, Actor.employee(HR),
                ComplaintEvent.of(EventType.RECORDED, HR, Role.HR_ADMIN_INTAKE, at("2025-06-04T10:30")));
        assertThat(notIntake.outcome().accepted()).isFalse();
        assertThat(notIntake.explain(Locale.ENGLISH)).contains("does not hold the HR-admin intake duty");
        // the first-contact owner cannot record the intake steps
        Decision<StepResult> wrongRole = WORKFLOW.apply(c, OWNER_ACTOR,
                ComplaintEvent.of(EventType.RECORDED, OWNER, Role.FIRST_CONTACT_OWNER, at("2025-06-04T10:30")));
        assertThat(wrongRole.outcome().accepted()).isFalse();
        assertThat(wrongRole.explain(Locale.ENGLISH)).contains("the first-contact owner may not record recording by HR-admin intake");
        // someone else cannot act as the first-contact owner
        Decision<StepResult> notOwner = WORKFLOW.apply(c, Actor.employee(EmployeeId.of("x")),
                ComplaintEvent.of(EventType.PROGRESS_UPDATE, EmployeeId.of("x"), Role.FIRST_CONTACT_OWNER, at("2025-06-04T10:30")));
        assertThat(notOwner.outcome().accepted()).isFalse();
        assertThat(notOwner.applied("CMP-16")).isTrue();
        // the owner keeps the customer informed
        assertThat(WORKFLOW.replay(owner(c, EventType.PROGRESS_UPDATE, "2025-06-04T10:40")).state()).isEqualTo(ComplaintState.RECEIVED);
        // the intake cannot investigate
        Complaint d = dispatched(c, "2025-06-04T10:30");
        Decision<StepResult> hrInvestigates = WORKFLOW.apply(d, HR_ACTOR,
                ComplaintEvent.of(EventType.INVESTIGATION_STARTED, HR, Role.HR_ADMIN_INTAKE, at("2025-06-04T11:00")));
        assertThat(hrInvestigates.applied("CMP-4")).isTrue();
        assertThat(hrInvestigates.outcome().accepted()).isFalse();
        // an event recorded for another employee is malformed
        assertThatThrownBy(() -> WORKFLOW.apply(d, SUP_ACTOR, ComplaintEvent.byResolver(EventType.INVESTIGATION_STARTED, GM, SUPERVISOR,
                at("2025-06-04T11:00")))).isInstanceOf(PolicyInputException.class).hasMessageContaining("event.actor");
    }

    @Test
    @DisplayName("CMP-8 rule audit defect #4: a MAJOR complaint investigated by a department supervisor is refused; the general manager may")
    void audit_defect_4_level_decides_the_resolver() {
        Complaint major = dispatched(receiving("9", "2025-06-04T10:00").level(MAJOR).build(), "2025-06-04T10:30");
        Decision<StepResult> bySupervisor = WORKFLOW.apply(major, SUP_ACTOR,
                ComplaintEvent.byResolver(EventType.INVESTIGATION_STARTED, SUP, SUPERVISOR, at("2025-06-04T11:00")));
        assertThat(bySupervisor.outcome().verdict()).isEqualTo(StepVerdict.REFUSED);
        assertThat(bySupervisor.outcome().state().state()).isEqualTo(ComplaintState.DISPATCHED);
        assertThat(bySupervisor.applied("CMP-8")).isTrue();
        assertThat(bySupervisor.explain(Locale.SIMPLIFIED_CHINESE)).contains("职级 部门主管 不能处理 重大 级投诉：应由 总经理 亲自处理");
        Decision<StepResult> byGm = WORKFLOW.apply(major, GM_ACTOR,
                ComplaintEvent.byResolver(EventType.INVESTIGATION_STARTED, GM, GENERAL_MANAGER, at("2025-06-04T11:00")));
        assertThat(byGm.outcome().accepted()).isTrue();
        assertThat(byGm.outcome().state().state()).isEqualTo(ComplaintState.INVESTIGATING);
        assertThat(byGm.explain(Locale.ENGLISH)).contains("start of investigation recorded as resolver; now being handled");
        // a supervisor claiming the general manager's rank without holding it is refused (CMP-4 post check)
        Decision<StepResult> claimed = WORKFLOW.apply(major, SUP_ACTOR,
                ComplaintEvent.byResolver(EventType.INVESTIGATION_STARTED, SUP, GENERAL_MANAGER, at("2025-06-04T11:00")));
        assertThat(claimed.outcome().accepted()).isFalse();
        assertThat(claimed.applied("CMP-4")).isTrue();
    }

    @Test
    @DisplayName("CMP-8 CMP-4 the resolver holds the rank in the department complained about; a host may also accept a higher rank")
    void resolver_department_and_host_setting() {
        Complaint c = dispatched(received("1", "2025-06-04T10:00"), "2025-06-04T10:30");
        Actor otherDept = Actor.holding(EmployeeId.of("sup-9"), new Post(SUPERVISOR, DepartmentId.of("sales")));
        Decision<StepResult> d = WORKFLOW.apply(c, otherDept,
                ComplaintEvent.byResolver(EventType.INVESTIGATION_STARTED, EmployeeId.of("sup-9"), SUPERVISOR, at("2025-06-04T11:00")));
        assertThat(d.outcome().accepted()).isFalse();
        assertThat(d.explain(Locale.ENGLISH)).contains("does not hold the rank 部门主管 in department service");
        // literal reading: the general manager may not take an ordinary complaint
        assertThat(WORKFLOW.availableActions(c, GM_ACTOR)).isEmpty();
        ComplaintWorkflow lenient = ComplaintWorkflow.of(ComplaintLevels.builder().level(dev.kefu.complaints.Fixtures.ORDINARY, SUPERVISOR)
                .level(MAJOR, GENERAL_MANAGER).alsoResolvedBy(dev.kefu.complaints.Fixtures.ORDINARY, GENERAL_MANAGER)
                .companyWide(GENERAL_MANAGER).build());
        assertThat(lenient.availableActions(c, GM_ACTOR)).contains(EventType.INVESTIGATION_STARTED);
    }

    @Test
    @DisplayName("CMP-13 a person the complaint is about cannot act on it: refused Decision, no exception")
    void subject_cannot_handle() {
        Complaint c = dispatched(received("1", "2025-06-04T10:00"), "2025-06-04T10:30");
        Actor subjectSupervisor = Actor.holding(AGENT, new Post(SUPERVISOR, SERVICE));
        Decision<StepResult> d = WORKFLOW.apply(c, subjectSupervisor,
                ComplaintEvent.byResolver(EventType.INVESTIGATION_STARTED, AGENT, SUPERVISOR, at("2025-06-04T11:00")));
        assertThat(d.outcome().verdict()).isEqualTo(StepVerdict.REFUSED);
        assertThat(d.applied("CMP-13")).isTrue();
        assertThat(d.explain(Locale.ENGLISH)).contains("agent-7 is complained about");
        assertThat(WORKFLOW.availableActions(c, subjectSupervisor)).isEmpty();
    }

    @Test
    @DisplayName("CMP-13 availableActions tells a UI which steps each actor may take now")
    void available_actions() {
        Complaint c = received("1", "2025-06-04T10:00");
        assertThat(WORKFLOW.availableActions(c, HR_ACTOR)).containsExactlyInAnyOrder(EventType.RECORDED, EventType.PROGRESS_UPDATE, EventType.PAUSED);
        assertThat(WORKFLOW.availableActions(c, OWNER_ACTOR)).containsExactlyInAnyOrder(EventType.PROGRESS_UPDATE, EventType.PAUSED);
        assertThat(WORKFLOW.availableActions(c, SUP_ACTOR)).containsExactlyInAnyOrder(EventType.PROGRESS_UPDATE, EventType.PAUSED);
        Complaint d = dispatched(c, "2025-06-04T10:30");
        assertThat(WORKFLOW.availableActions(d, SUP_ACTOR)).containsExactlyInAnyOrder(EventType.INVESTIGATION_STARTED,
                EventType.PROGRESS_UPDATE, EventType.PAUSED);
        assertThat(WORKFLOW.availableActions(d, Actor.employee(EmployeeId.of("nobody")))).isEmpty();
        Actor both = new Actor(HR, Set.of(Duty.HR_ADMIN_INTAKE), Set.of(new Post(SUPERVISOR, SERVICE)));
        assertThat(WORKFLOW.availableActions(d, both)).contains(EventType.INVESTIGATION_STARTED);
        assertThat(ComplaintWorkflow.rolesFor(EventType.RECORDED)).containsExactly(Role.HR_ADMIN_INTAKE);
    }

    @Test
    @DisplayName("CMP-9 progress updates while open; pause and resume while waiting on the customer")
    void progress_and_pause() {
        Complaint c = hr(hr(received("1", "2025-06-04T10:00"), EventType.RECORDED, "2025-06-04T10:20"), EventType.ASSESSED_VALID, "2025-06-04T10:30");
        c = owner(c, EventType.PROGRESS_UPDATE, "2025-06-04T11:00");
        c = hr(c, EventType.PAUSED, "2025-06-04T12:00");
        WorkflowState paused = WORKFLOW.replay(c);
        assertThat(paused.paused()).isTrue();
        assertThat(ComplaintWorkflow.allowed(paused)).containsExactlyInAnyOrder(EventType.RESUMED, EventType.PROGRESS_UPDATE);
        Complaint stuck = c;
        assertThat(WORKFLOW.apply(stuck, HR_ACTOR, ComplaintEvent.of(EventType.DISPATCHED, HR, Role.HR_ADMIN_INTAKE, at("2025-06-04T13:00")))
                .outcome().accepted()).isFalse();
        c = hr(c, EventType.RESUMED, "2025-06-05T09:00");
        assertThat(WORKFLOW.replay(c).paused()).isFalse();
        assertThat(WORKFLOW.replay(hr(c, EventType.DISPATCHED, "2025-06-05T09:10")).state()).isEqualTo(ComplaintState.DISPATCHED);
    }

    @Test
    @DisplayName("CMP-6 replaying the stored timeline rebuilds the same state; an illegal stored timeline is refused")
    void replay() {
        Complaint c = fullyHandled();
        Complaint copy = Complaint.builder().id(c.id()).customer(c.customer()).channel(c.channel()).category(c.category()).level(c.level())
                .department(c.department()).events(c.events()).build();
        assertThat(WORKFLOW.replay(copy)).isEqualTo(WORKFLOW.replay(c));
        Complaint tampered = received("2", "2025-06-04T10:00").toBuilder()
                .addEvent(ComplaintEvent.of(EventType.ARCHIVED, HR, Role.HR_ADMIN_INTAKE, at("2025-06-04T11:00"))).build();
        assertThatThrownBy(() -> WORKFLOW.replay(tampered)).isInstanceOf(PolicyInputException.class).hasMessageContaining("events[1]");
        Complaint wrongRank = dispatched(receiving("3", "2025-06-04T10:00").level(MAJOR).build(), "2025-06-04T10:30").toBuilder()
                .addEvent(ComplaintEvent.byResolver(EventType.INVESTIGATION_STARTED, SUP, SUPERVISOR, at("2025-06-04T11:00"))).build();
        assertThatThrownBy(() -> WORKFLOW.replay(wrongRank)).hasMessageContaining("events[4]").hasMessageContaining("CMP-8");
        Complaint unknownLevel = receiving("4", "2025-06-04T10:00").level(ComplaintLevel.of("特急")).build();
        assertThatThrownBy(() -> WORKFLOW.replay(unknownLevel)).hasMessageContaining("特急");
    }

    @Test
    @DisplayName("CMP-16 bad-input #21: a first RECEIVED by an agent is the first-contact owner's receipt; recording (CMP-3) still needs the HR-admin intake")
    void bad_input_21_first_receipt_by_agent() {
        Complaint c = received("1", "2025-09-30T16:00");
        assertThat(c.firstContactOwner()).isEqualTo(OWNER);
        assertThat(WORKFLOW.replay(c).state()).isEqualTo(ComplaintState.RECEIVED);
        Complaint recordedByAgent = c.toBuilder().addEvent(ComplaintEvent.of(EventType.RECORDED, OWNER, Role.FIRST_CONTACT_OWNER,
                at("2025-09-30T17:00"))).build();
        assertThatThrownBy(() -> WORKFLOW.replay(recordedByAgent)).isInstanceOf(PolicyInputException.class).hasMessageContaining("CMP-3");
        assertThatThrownBy(() -> received("2", "2025-09-30T16:00").toBuilder()
                .events(List.of(ComplaintEvent.of(EventType.RECEIVED, HR, Role.HR_ADMIN_INTAKE, at("2025-09-30T16:00")))).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("events[0]");
    }

    @Test
    @DisplayName("CMP-6 bad-input #144-#147: null state, null complaint, null event element are PolicyInputException")
    void bad_input_nulls() {
        assertThatThrownBy(() -> ComplaintWorkflow.allowed(new WorkflowState(null, false, -1, null, Optional.empty())))
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> ComplaintWorkflow.allowed(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> WORKFLOW.replay(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> WORKFLOW.apply(null, null, null)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("complaint").hasMessageContaining("actor").hasMessageContaining("event");
        assertThatThrownBy(() -> WORKFLOW.availableActions(null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> received("1", "2025-06-04T10:00").toBuilder().addEvent(null).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("events[1]");
        assertThatThrownBy(() -> ComplaintWorkflow.of(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> ComplaintWorkflow.rolesFor(null)).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("CMP-6 who may read a complaint record: the keeper, the general manager, the supervisor of the department; others refused")
    void record_access() {
        ComplaintRecordAccess access = ComplaintRecordAccess.builder().generalManagerRank(GENERAL_MANAGER).departmentSupervisorRank(SUPERVISOR).build();
        Complaint c = fullyHandled();
        assertThat(access.mayRead(c, HR_ACTOR).outcome()).isEqualTo(ReadAccess.GRANTED);
        assertThat(access.mayRead(c, GM_ACTOR).outcome()).isEqualTo(ReadAccess.GRANTED);
        assertThat(access.mayRead(c, SUP_ACTOR).outcome()).isEqualTo(ReadAccess.GRANTED);
        Actor otherSupervisor = Actor.holding(EmployeeId.of("sup-9"), new Post(SUPERVISOR, DepartmentId.of("sales")));
        Decision<ReadAccess> refused = access.mayRead(c, otherSupervisor);
        assertThat(refused.outcome()).isEqualTo(ReadAccess.REFUSED);
        assertThat(refused.applied("CMP-6")).isTrue();
        assertThat(refused.explain(Locale.CHINA)).contains("不得查阅");
        assertThat(access.mayRead(c, OWNER_ACTOR).outcome()).isEqualTo(ReadAccess.REFUSED);
        assertThatThrownBy(() -> ComplaintRecordAccess.builder().build()).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("generalManagerRank").hasMessageContaining("departmentSupervisorRank");
        assertThatThrownBy(() -> ComplaintRecordAccess.builder().departmentSupervisorRank(null).build())
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(3));
        assertThatThrownBy(() -> access.mayRead(null, null)).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("CMP-8 levels and ranks are required configuration: build() fails without levels; no built-in levels")
    void levels_required() {
        assertThatThrownBy(() -> ComplaintLevels.builder().build()).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("levels").hasMessageContaining("CMP-8");
        assertThatThrownBy(() -> ComplaintLevels.builder().level(null, null).level(MAJOR, SUPERVISOR).level(MAJOR, GENERAL_MANAGER)
                .alsoResolvedBy(ComplaintLevel.of("x"), SUPERVISOR).alsoResolvedBy(null, null).companyWide(null).build())
                .isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(7));
        assertThat(LEVELS.levels()).containsExactly(dev.kefu.complaints.Fixtures.ORDINARY, MAJOR);
        assertThat(LEVELS.contains(MAJOR)).isTrue();
        assertThat(LEVELS.contains(null)).isFalse();
        assertThat(LEVELS.resolverRank(MAJOR).outcome()).isEqualTo(GENERAL_MANAGER);
        assertThat(LEVELS.resolverRank(MAJOR).explain(Locale.ENGLISH)).contains("level 重大: resolved personally by the 总经理");
        assertThat(LEVELS.acceptedRanks(MAJOR)).containsExactly(GENERAL_MANAGER);
        assertThat(LEVELS.isCompanyWide(GENERAL_MANAGER)).isTrue();
        assertThat(LEVELS.isCompanyWide(SUPERVISOR)).isFalse();
        assertThat(LEVELS.isCompanyWide(null)).isFalse();
        assertThat(LEVELS.toString()).contains("重大");
        assertThatThrownBy(() -> LEVELS.resolverRank(ComplaintLevel.of("特急"))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> ComplaintLevel.of("\u200B")).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Rank.of("a\u0000b")).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> Rank.of("x".repeat(129))).isInstanceOf(PolicyInputException.class);
        assertThat(Rank.of("部门主管")).isEqualTo(SUPERVISOR).hasSameHashCodeAs(SUPERVISOR).hasToString("部门主管");
        assertThat(ComplaintLevel.of("重大")).isEqualTo(MAJOR).isNotEqualTo("重大").hasSameHashCodeAs(MAJOR);
    }
}
