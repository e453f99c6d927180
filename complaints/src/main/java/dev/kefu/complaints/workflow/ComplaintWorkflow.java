package dev.kefu.complaints.workflow;

import static dev.kefu.complaints.EventType.ARCHIVED;
import static dev.kefu.complaints.EventType.ASSESSED_INVALID;
import static dev.kefu.complaints.EventType.ASSESSED_VALID;
import static dev.kefu.complaints.EventType.CALLBACK_DONE;
import static dev.kefu.complaints.EventType.CALLBACK_NOT_SATISFIED;
import static dev.kefu.complaints.EventType.CUSTOMER_NOT_SATISFIED;
import static dev.kefu.complaints.EventType.CUSTOMER_SATISFIED;
import static dev.kefu.complaints.EventType.DISPATCHED;
import static dev.kefu.complaints.EventType.INVESTIGATION_STARTED;
import static dev.kefu.complaints.EventType.RESULT_REPORTED;
import static dev.kefu.complaints.EventType.SOLUTION_PROPOSED;

import dev.kefu.complaints.Complaint;
import dev.kefu.complaints.ComplaintEvent;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.complaints.EventType;
import dev.kefu.complaints.ImmutableComplaint;
import dev.kefu.complaints.Role;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The complaint workflow as a state machine over the timeline (CMP-3 … CMP-6, CMP-9, CMP-13):
 * received → assessed valid (or invalid: closed with a tactful explanation) → dispatched to the
 * department supervisor → investigation started → solution proposed → customer satisfied, or
 * not (back to handling, as many times as it takes) → result reported → callback with the
 * final opinion (still not satisfied: back to handling) → archived. Progress updates to the
 * customer, and pause/resume while waiting on the customer, may come at any time while open.
 *
 * <p>Who may act: the HR-admin manager assesses, dispatches, calls back and archives (CMP-3,
 * CMP-5, CMP-6); the department supervisor — or the manager of the rank the level requires
 * (CMP-8) — investigates, proposes and reports (CMP-4); anyone handling it may update the
 * customer or pause. A person the complaint is about may not act on it (CMP-13).
 *
 * <p>An illegal step is refused with {@link dev.kefu.core.validation.PolicyInputException}
 * naming the allowed ones, and the complaint is unchanged (it is immutable). The state is
 * always rebuilt from the events ({@link #replay}), so nothing but the timeline is stored.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class ComplaintWorkflow {

    private static final Map<ComplaintState, Map<EventType, ComplaintState>> NEXT = new EnumMap<>(ComplaintState.class);
    private static final Map<EventType, Set<Role>> ROLES = new EnumMap<>(EventType.class);
    private static final Set<Role> HANDLERS = EnumSet.of(Role.DEPARTMENT_SUPERVISOR, Role.DEPARTMENT_MANAGER, Role.GENERAL_MANAGER);
    private static final Set<Role> ANYONE = EnumSet.allOf(Role.class);

    static {
        step(ComplaintState.RECEIVED, ASSESSED_VALID, ComplaintState.VALID);
        step(ComplaintState.RECEIVED, ASSESSED_INVALID, ComplaintState.CLOSED_INVALID);
        step(ComplaintState.VALID, DISPATCHED, ComplaintState.DISPATCHED);
        step(ComplaintState.DISPATCHED, INVESTIGATION_STARTED, ComplaintState.INVESTIGATING);
        step(ComplaintState.INVESTIGATING, SOLUTION_PROPOSED, ComplaintState.SOLUTION_PROPOSED);
        step(ComplaintState.SOLUTION_PROPOSED, CUSTOMER_SATISFIED, ComplaintState.SATISFIED);
        step(ComplaintState.SOLUTION_PROPOSED, CUSTOMER_NOT_SATISFIED, ComplaintState.INVESTIGATING);
        step(ComplaintState.SATISFIED, RESULT_REPORTED, ComplaintState.REPORTED);
        step(ComplaintState.REPORTED, CALLBACK_DONE, ComplaintState.CALLED_BACK);
        step(ComplaintState.REPORTED, CALLBACK_NOT_SATISFIED, ComplaintState.INVESTIGATING);
        step(ComplaintState.CALLED_BACK, ARCHIVED, ComplaintState.ARCHIVED);
        Set<Role> hr = EnumSet.of(Role.HR_ADMIN_MANAGER);
        for (EventType t : List.of(ASSESSED_VALID, ASSESSED_INVALID, DISPATCHED, CALLBACK_DONE, CALLBACK_NOT_SATISFIED, ARCHIVED)) {
            ROLES.put(t, hr);
        }
        for (EventType t : List.of(INVESTIGATION_STARTED, SOLUTION_PROPOSED, CUSTOMER_SATISFIED, CUSTOMER_NOT_SATISFIED, RESULT_REPORTED)) {
            ROLES.put(t, HANDLERS);
        }
        ROLES.put(EventType.PROGRESS_UPDATE, ANYONE);
        ROLES.put(EventType.PAUSED, ANYONE);
        ROLES.put(EventType.RESUMED, ANYONE);
        ROLES.put(EventType.RECEIVED, hr);
    }

    private static void step(ComplaintState from, EventType on, ComplaintState to) {
        NEXT.computeIfAbsent(from, k -> new EnumMap<>(EventType.class)).put(on, to);
    }

    private ComplaintWorkflow() {
    }

    /**
     * The state of a complaint, rebuilt from its timeline.
     *
     * @param complaint  the complaint, not null
     * @return the state
     * @throws dev.kefu.core.validation.PolicyInputException if the timeline holds an illegal step
     */
    public static WorkflowState replay(Complaint complaint) {
        List<ComplaintEvent> events = complaint.events();
        WorkflowState s = new WorkflowState(ComplaintState.RECEIVED, false, 0, events.get(0).at(), Optional.empty());
        for (int i = 1; i < events.size(); i++) {
            s = next(complaint, s, events.get(i), "events[" + i + "]");
        }
        return s;
    }

    /**
     * Takes a step: checks it against the state and the actor's role, and appends it.
     *
     * @param complaint  the complaint, not null
     * @param event  the step, not null
     * @return the complaint with the event appended; the given complaint is unchanged
     * @throws dev.kefu.core.validation.PolicyInputException if the step is not allowed now, the
     *     role may not take it, the actor is complained about, or it is dated before the last event
     */
    public static Complaint apply(Complaint complaint, ComplaintEvent event) {
        Violations v = Violations.create();
        v.requireNonNull(complaint, "complaint", RuleId.of("CMP-6"));
        v.requireNonNull(event, "event", RuleId.of("CMP-6"));
        v.throwIfAny();
        next(complaint, replay(complaint), event, "event");
        return ImmutableComplaint.builder().from(complaint).addEvents(event).build();
    }

    /** The event types allowed in a state (pause and progress updates included while open). */
    public static Set<EventType> allowed(WorkflowState s) {
        Set<EventType> out = EnumSet.noneOf(EventType.class);
        if (s.state().isClosed()) {
            return out;
        }
        if (s.paused()) {
            out.add(EventType.RESUMED);
            out.add(EventType.PROGRESS_UPDATE);
            return out;
        }
        out.addAll(NEXT.getOrDefault(s.state(), Map.of()).keySet());
        out.add(EventType.PROGRESS_UPDATE);
        out.add(EventType.PAUSED);
        return out;
    }

    private static WorkflowState next(Complaint c, WorkflowState s, ComplaintEvent e, String path) {
        Violations v = Violations.create();
        if (e.at().isBefore(s.lastEventAt())) {
            v.add(path + ".at", ComplaintsMessages.BUNDLE, "workflow.beforeLast", RuleId.of("CMP-6"));
        }
        if (!allowed(s).contains(e.type())) {
            v.add(path + ".type", ComplaintsMessages.BUNDLE, "workflow.illegal", RuleId.of("CMP-3"), e.type(), s.state(), allowed(s));
        }
        if (!ROLES.get(e.type()).contains(e.role())) {
            v.add(path + ".role", ComplaintsMessages.BUNDLE, "workflow.role", RuleId.of(ruleFor(e.type())), e.role(), e.type());
        }
        if (c.staffComplainedAbout().contains(e.actor())) {
            v.add(path + ".actor", ComplaintsMessages.BUNDLE, "workflow.subject", RuleId.of("CMP-13"), e.actor());
        }
        v.throwIfAny();
        switch (e.type()) {
            case PAUSED:
                return new WorkflowState(s.state(), true, s.handlingRounds(), e.at(), s.satisfiedAt());
            case RESUMED:
                return new WorkflowState(s.state(), false, s.handlingRounds(), e.at(), s.satisfiedAt());
            case PROGRESS_UPDATE:
                return new WorkflowState(s.state(), s.paused(), s.handlingRounds(), e.at(), s.satisfiedAt());
            default:
                ComplaintState to = NEXT.get(s.state()).get(e.type());
                int rounds = to == ComplaintState.INVESTIGATING ? s.handlingRounds() + 1 : s.handlingRounds();
                Optional<java.time.Instant> satisfied = e.type() == CUSTOMER_SATISFIED ? Optional.of(e.at()) : s.satisfiedAt();
                return new WorkflowState(to, false, rounds, e.at(), satisfied);
        }
    }

    private static String ruleFor(EventType t) {
        switch (t) {
            case INVESTIGATION_STARTED:
            case SOLUTION_PROPOSED:
            case CUSTOMER_SATISFIED:
            case CUSTOMER_NOT_SATISFIED:
            case RESULT_REPORTED:
                return "CMP-4";
            case CALLBACK_DONE:
            case CALLBACK_NOT_SATISFIED:
                return "CMP-5";
            case ARCHIVED:
                return "CMP-6";
            default:
                return "CMP-3";
        }
    }
}
