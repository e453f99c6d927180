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
import static dev.kefu.complaints.EventType.RECORDED;
import static dev.kefu.complaints.EventType.RESULT_REPORTED;
import static dev.kefu.complaints.EventType.SOLUTION_PROPOSED;

import dev.kefu.complaints.Actor;
import dev.kefu.complaints.Complaint;
import dev.kefu.complaints.ComplaintEvent;
import dev.kefu.complaints.ComplaintLevels;
import dev.kefu.complaints.ComplaintRules;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.complaints.Duty;
import dev.kefu.complaints.EventType;
import dev.kefu.complaints.Post;
import dev.kefu.complaints.Rank;
import dev.kefu.complaints.Role;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The complaint workflow as a state machine over the timeline (CMP-3 … CMP-6, CMP-8, CMP-9,
 * CMP-13, CMP-16; "Definitions and precedence", Complaints): received by the first-contact
 * owner → recorded by the HR-admin intake → assessed valid (or unfounded: answered tactfully
 * and closed) → dispatched → investigation started by the resolver → resolution proposed →
 * customer satisfied, or not (handling reopens, as many times as it takes) → result reported →
 * callback (still not satisfied: handling reopens) → archived. Progress updates and
 * pause/resume may come at any time while open.
 *
 * <p>Who may act — each step names the role it is recorded in, and the workflow checks the
 * actor holds it:
 * <ul>
 *   <li>{@link Role#FIRST_CONTACT_OWNER} (CMP-16): only the employee who recorded the receipt;
 *       progress updates and pauses;</li>
 *   <li>{@link Role#HR_ADMIN_INTAKE} (CMP-3, CMP-5, CMP-6): an actor with
 *       {@link Duty#HR_ADMIN_INTAKE}; records, assesses, dispatches, calls back, archives;</li>
 *   <li>{@link Role#RESOLVER} (CMP-4, CMP-8): an actor holding, in the department complained
 *       about (anywhere, for a company-wide rank), a rank the host's {@link ComplaintLevels}
 *       accepts for the complaint's level;
 *       investigates, proposes, records the customer's answer, reports.</li>
 * </ul>
 * A person the complaint is about may not act on it (CMP-13).
 *
 * <p>A step that is not allowed — wrong state, wrong role, an actor without the role, the
 * subject of the complaint — is a <b>refused {@link Decision}</b> with the complaint unchanged
 * (it is immutable). Malformed input (nulls, a step dated before the last event, an event whose
 * actor is not the acting employee) is {@link dev.kefu.core.validation.PolicyInputException}.
 * Stored state is the timeline: {@link #replay} rebuilds the state and refuses an illegal stored
 * timeline with {@code PolicyInputException}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ComplaintWorkflow {

    private static final Map<ComplaintState, Map<EventType, ComplaintState>> NEXT = new EnumMap<>(ComplaintState.class);
    private static final Map<EventType, Set<Role>> ROLES = new EnumMap<>(EventType.class);

    static {
        step(ComplaintState.RECEIVED, RECORDED, ComplaintState.RECORDED);
        step(ComplaintState.RECORDED, ASSESSED_VALID, ComplaintState.VALID);
        step(ComplaintState.RECORDED, ASSESSED_INVALID, ComplaintState.CLOSED_INVALID);
        step(ComplaintState.VALID, DISPATCHED, ComplaintState.DISPATCHED);
        step(ComplaintState.DISPATCHED, INVESTIGATION_STARTED, ComplaintState.INVESTIGATING);
        step(ComplaintState.INVESTIGATING, SOLUTION_PROPOSED, ComplaintState.SOLUTION_PROPOSED);
        step(ComplaintState.SOLUTION_PROPOSED, CUSTOMER_SATISFIED, ComplaintState.SATISFIED);
        step(ComplaintState.SOLUTION_PROPOSED, CUSTOMER_NOT_SATISFIED, ComplaintState.INVESTIGATING);
        step(ComplaintState.SATISFIED, RESULT_REPORTED, ComplaintState.REPORTED);
        step(ComplaintState.REPORTED, CALLBACK_DONE, ComplaintState.CALLED_BACK);
        step(ComplaintState.REPORTED, CALLBACK_NOT_SATISFIED, ComplaintState.INVESTIGATING);
        step(ComplaintState.CALLED_BACK, ARCHIVED, ComplaintState.ARCHIVED);
        Set<Role> intake = EnumSet.of(Role.HR_ADMIN_INTAKE);
        for (EventType t : List.of(RECORDED, ASSESSED_VALID, ASSESSED_INVALID, DISPATCHED, CALLBACK_DONE, CALLBACK_NOT_SATISFIED, ARCHIVED)) {
            ROLES.put(t, intake);
        }
        Set<Role> resolver = EnumSet.of(Role.RESOLVER);
        for (EventType t : List.of(INVESTIGATION_STARTED, SOLUTION_PROPOSED, CUSTOMER_SATISFIED, CUSTOMER_NOT_SATISFIED, RESULT_REPORTED)) {
            ROLES.put(t, resolver);
        }
        ROLES.put(EventType.PROGRESS_UPDATE, EnumSet.allOf(Role.class));
        ROLES.put(EventType.PAUSED, EnumSet.allOf(Role.class));
        ROLES.put(EventType.RESUMED, EnumSet.allOf(Role.class));
        ROLES.put(EventType.RECEIVED, EnumSet.of(Role.FIRST_CONTACT_OWNER));
    }

    private static void step(ComplaintState from, EventType on, ComplaintState to) {
        NEXT.computeIfAbsent(from, k -> new EnumMap<>(EventType.class)).put(on, to);
    }

    private final ComplaintLevels levels;

    private ComplaintWorkflow(ComplaintLevels levels) {
        this.levels = levels;
    }

    /**
     * The workflow over the host's levels (CMP-8: required configuration).
     *
     * @param levels  the levels and their resolver ranks, not null
     * @return the workflow
     * @throws dev.kefu.core.validation.PolicyInputException if levels is null
     */
    public static ComplaintWorkflow of(ComplaintLevels levels) {
        Violations v = Violations.create();
        v.requireNonNull(levels, "levels", ComplaintRules.CMP_8);
        v.throwIfAny();
        return new ComplaintWorkflow(levels);
    }

    /** The levels this workflow checks against. */
    public ComplaintLevels levels() {
        return levels;
    }

    /**
     * The state of a complaint, rebuilt from its timeline ("store the events, replay them").
     *
     * @param complaint  the complaint, not null
     * @return the state
     * @throws dev.kefu.core.validation.PolicyInputException if the level is not configured or the
     *     timeline holds a step the workflow would have refused
     */
    public WorkflowState replay(Complaint complaint) {
        Violations v = Violations.create();
        if (v.requireNonNull(complaint, "complaint", ComplaintRules.CMP_6)) {
            levels.requireConfigured(complaint.level());
        }
        v.throwIfAny();
        List<ComplaintEvent> events = complaint.events();
        WorkflowState s = new WorkflowState(ComplaintState.RECEIVED, false, 0, events.get(0).at(), Optional.empty());
        for (int i = 1; i < events.size(); i++) {
            ComplaintEvent e = events.get(i);
            List<Reason> refusals = storedRefusals(complaint, s, e);
            if (!refusals.isEmpty()) {
                Violations bad = Violations.create();
                for (Reason r : refusals) {
                    bad.add("events[" + i + "]", ComplaintsMessages.BUNDLE, r.key(), r.rule(), r.args());
                }
                bad.throwIfAny();
            }
            s = next(s, e);
        }
        return s;
    }

    /**
     * Takes a step: checks it against the state, the role it is recorded in and the actor, and
     * appends it.
     *
     * @param complaint  the complaint, not null
     * @param actor  who acts, as the host's directory knows them now, not null
     * @param event  the step; its actor must be {@code actor.id()}, not null
     * @return accepted with the complaint extended, or refused with the complaint unchanged and
     *     every reason (CMP-3 state, role, CMP-4/CMP-8 rank and post, CMP-13 subject, CMP-16 owner)
     * @throws dev.kefu.core.validation.PolicyInputException on null input, a step dated before
     *     the last event, an event of another employee, or a level the host did not configure
     */
    public Decision<StepResult> apply(Complaint complaint, Actor actor, ComplaintEvent event) {
        Violations v = Violations.create();
        v.requireNonNull(complaint, "complaint", ComplaintRules.CMP_6);
        v.requireNonNull(actor, "actor", ComplaintRules.CMP_6);
        v.requireNonNull(event, "event", ComplaintRules.CMP_6);
        v.throwIfAny();
        WorkflowState s = replay(complaint);
        if (!event.actor().equals(actor.id())) {
            v.add("event.actor", ComplaintsMessages.BUNDLE, "workflow.otherActor", ComplaintRules.CMP_6);
        }
        if (event.at().isBefore(s.lastEventAt())) {
            v.add("event.at", ComplaintsMessages.BUNDLE, "workflow.beforeLast", ComplaintRules.CMP_6);
        }
        v.throwIfAny();
        List<Reason> refusals = storedRefusals(complaint, s, event);
        refusals.addAll(actorRefusals(complaint, actor, event));
        if (!refusals.isEmpty()) {
            return Decision.of(new StepResult(StepVerdict.REFUSED, complaint, s), refusals);
        }
        WorkflowState after = next(s, event);
        Complaint extended = complaint.toBuilder().addEvent(event).build();
        return Decision.of(new StepResult(StepVerdict.ACCEPTED, extended, after),
                Reason.of(ruleFor(event.type()), ComplaintsMessages.BUNDLE, "workflow.accepted",
                        event.type().ordinal(), event.role().ordinal(), after.state().ordinal()));
    }

    /**
     * The steps the actor may take on the complaint now (CMP-13: for a UI to offer).
     *
     * @param complaint  the complaint, not null
     * @param actor  who would act, not null
     * @return the event types the actor may record now, in any role they hold; empty if none
     */
    public Set<EventType> availableActions(Complaint complaint, Actor actor) {
        Violations v = Violations.create();
        v.requireNonNull(complaint, "complaint", ComplaintRules.CMP_6);
        v.requireNonNull(actor, "actor", ComplaintRules.CMP_13);
        v.throwIfAny();
        WorkflowState s = replay(complaint);
        Set<EventType> out = EnumSet.noneOf(EventType.class);
        if (complaint.staffComplainedAbout().contains(actor.id())) {
            return out;
        }
        for (EventType t : allowed(s)) {
            for (Role r : ROLES.get(t)) {
                if (holds(complaint, actor, r)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * The event types allowed in a state, whoever acts (pause and progress updates included while open).
     *
     * @param state  the state, not null
     * @return the event types
     */
    public static Set<EventType> allowed(WorkflowState state) {
        if (state == null || state.state() == null) {
            Violations.create().add("state", "required", ComplaintRules.CMP_6).throwIfAny();
        }
        Set<EventType> out = EnumSet.noneOf(EventType.class);
        if (state.state().isClosed()) {
            return out;
        }
        if (state.paused()) {
            out.add(EventType.RESUMED);
            out.add(EventType.PROGRESS_UPDATE);
            return out;
        }
        out.addAll(NEXT.getOrDefault(state.state(), Map.of()).keySet());
        out.add(EventType.PROGRESS_UPDATE);
        out.add(EventType.PAUSED);
        return out;
    }

    /** The roles an event type may be recorded in. */
    public static Set<Role> rolesFor(EventType type) {
        if (type == null) {
            Violations.create().add("type", "required", ComplaintRules.CMP_6).throwIfAny();
        }
        return Set.copyOf(ROLES.get(type));
    }

    /** Refusals that a stored event alone shows: state, role, owner, rank, subject. */
    private List<Reason> storedRefusals(Complaint c, WorkflowState s, ComplaintEvent e) {
        List<Reason> out = new ArrayList<>();
        if (!allowed(s).contains(e.type())) {
            out.add(Reason.of(ComplaintRules.CMP_3, ComplaintsMessages.BUNDLE, "workflow.illegal", e.type().ordinal(), s.state().ordinal()));
        }
        if (!ROLES.get(e.type()).contains(e.role())) {
            out.add(Reason.of(ruleFor(e.type()), ComplaintsMessages.BUNDLE, "workflow.role", e.role().ordinal(), e.type().ordinal()));
        }
        if (e.role() == Role.FIRST_CONTACT_OWNER && !e.actor().equals(c.firstContactOwner())) {
            out.add(Reason.of(ComplaintRules.CMP_16, ComplaintsMessages.BUNDLE, "workflow.notOwner", e.actor().value()));
        }
        if (e.role() == Role.RESOLVER) {
            Rank rank = e.rank().orElseThrow();
            Set<Rank> accepted = levels.acceptedRanks(c.level());
            if (!accepted.contains(rank)) {
                out.add(Reason.of(ComplaintRules.CMP_8, ComplaintsMessages.BUNDLE, "workflow.rank", rank.name(), c.level().name(),
                        levels.resolverRank(c.level()).outcome().name()));
            }
        }
        if (c.staffComplainedAbout().contains(e.actor())) {
            out.add(Reason.of(ComplaintRules.CMP_13, ComplaintsMessages.BUNDLE, "workflow.subject", e.actor().value()));
        }
        return out;
    }

    /** Refusals that need the host's directory: the intake duty, the resolver's post. */
    private List<Reason> actorRefusals(Complaint c, Actor actor, ComplaintEvent e) {
        List<Reason> out = new ArrayList<>();
        if (e.role() == Role.HR_ADMIN_INTAKE && !actor.has(Duty.HR_ADMIN_INTAKE)) {
            out.add(Reason.of(ComplaintRules.CMP_3, ComplaintsMessages.BUNDLE, "workflow.notIntake", actor.id().value()));
        }
        if (e.role() == Role.RESOLVER && !holdsPost(actor, e.rank().orElseThrow(), c)) {
            out.add(Reason.of(ComplaintRules.CMP_4, ComplaintsMessages.BUNDLE, "workflow.post", actor.id().value(),
                    e.rank().orElseThrow().name(), c.department().value()));
        }
        return out;
    }

    private boolean holds(Complaint c, Actor actor, Role role) {
        switch (role) {
            case FIRST_CONTACT_OWNER:
                return actor.id().equals(c.firstContactOwner());
            case HR_ADMIN_INTAKE:
                return actor.has(Duty.HR_ADMIN_INTAKE);
            default:
                for (Rank r : levels.acceptedRanks(c.level())) {
                    if (holdsPost(actor, r, c)) {
                        return true;
                    }
                }
                return false;
        }
    }

    /** Whether the actor holds the rank in the department complained about, or anywhere for a company-wide rank. */
    private boolean holdsPost(Actor actor, Rank rank, Complaint c) {
        for (Post p : actor.posts()) {
            if (p.rank().equals(rank) && (p.department().equals(c.department()) || levels.isCompanyWide(rank))) {
                return true;
            }
        }
        return false;
    }

    private static WorkflowState next(WorkflowState s, ComplaintEvent e) {
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
                Optional<Instant> satisfied = e.type() == CUSTOMER_SATISFIED ? Optional.of(e.at()) : s.satisfiedAt();
                return new WorkflowState(to, false, rounds, e.at(), satisfied);
        }
    }

    private static RuleId ruleFor(EventType t) {
        switch (t) {
            case INVESTIGATION_STARTED:
            case SOLUTION_PROPOSED:
            case CUSTOMER_SATISFIED:
            case CUSTOMER_NOT_SATISFIED:
            case RESULT_REPORTED:
                return ComplaintRules.CMP_4;
            case CALLBACK_DONE:
            case CALLBACK_NOT_SATISFIED:
                return ComplaintRules.CMP_5;
            case ARCHIVED:
                return ComplaintRules.CMP_6;
            case PROGRESS_UPDATE:
            case PAUSED:
            case RESUMED:
                return ComplaintRules.CMP_9;
            default:
                return ComplaintRules.CMP_3;
        }
    }
}
