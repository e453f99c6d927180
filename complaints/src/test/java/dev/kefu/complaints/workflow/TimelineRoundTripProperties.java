package dev.kefu.complaints.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.complaints.Actor;
import dev.kefu.complaints.Complaint;
import dev.kefu.complaints.ComplaintEvent;
import dev.kefu.complaints.EventType;
import dev.kefu.complaints.Fixtures;
import dev.kefu.complaints.Role;
import dev.kefu.complaints.sla.ComplaintSlaPolicy;
import dev.kefu.core.decision.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Issue 14: complaint timelines are stored as events and replayed; restarting changes no decision. */
class TimelineRoundTripProperties {

    private static final ComplaintSlaPolicy SLA = ComplaintSlaPolicy.builder(Fixtures.CAL).progressUpdateEvery(Duration.ofHours(4))
            .callbackWithinWorkingDays(1).build();
    private static final List<Actor> ACTORS = List.of(Fixtures.OWNER_ACTOR, Fixtures.HR_ACTOR, Fixtures.SUP_ACTOR, Fixtures.GM_ACTOR,
            Actor.employee(Fixtures.AGENT));

    /** One attempted step: an event type, an actor (by index) and minutes after the previous step. */
    record Attempt(int pick, int actor, int minutes, boolean preferAvailable) {
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<Attempt> one = Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, ACTORS.size() - 1),
                Arbitraries.integers().between(0, 600), Arbitraries.of(true, true, true, false)).as(Attempt::new);
        return one.list().ofMinSize(1).ofMaxSize(30);
    }

    /** Mostly a step the actor may take now (so timelines go deep), sometimes any step (so refusals are covered). */
    private static EventType type(Attempt a, Complaint c) {
        List<EventType> offered = new ArrayList<>(Fixtures.WORKFLOW.availableActions(c, ACTORS.get(a.actor())));
        offered.remove(EventType.PAUSED); // keep pauses rare enough for handling to progress
        if (a.preferAvailable() && !offered.isEmpty()) {
            return offered.get(a.pick() % offered.size());
        }
        EventType[] all = EventType.values();
        return all[1 + a.pick() % (all.length - 1)];
    }

    private static ComplaintEvent event(Attempt a, EventType type, Instant at) {
        Actor actor = ACTORS.get(a.actor());
        if (actor == Fixtures.SUP_ACTOR) {
            return ComplaintEvent.byResolver(type, actor.id(), Fixtures.SUPERVISOR, at);
        }
        if (actor == Fixtures.GM_ACTOR) {
            return ComplaintEvent.byResolver(type, actor.id(), Fixtures.GENERAL_MANAGER, at);
        }
        Role role = actor == Fixtures.HR_ACTOR ? Role.HR_ADMIN_INTAKE : Role.FIRST_CONTACT_OWNER;
        return ComplaintEvent.of(type, actor.id(), role, at);
    }

    /** What the host stores: the events only, copied field by field as a database row would hold them. */
    private static Complaint saveAndRestore(Complaint c) {
        List<ComplaintEvent> rows = new ArrayList<>();
        for (ComplaintEvent e : c.events()) {
            rows.add(new ComplaintEvent(e.type(), e.actor(), e.role(), e.at(), e.rank(), e.note()));
        }
        return Complaint.builder().id(c.id()).customer(c.customer()).channel(c.channel()).category(c.category()).level(c.level())
                .department(c.department()).addStaffComplainedAbout(Fixtures.AGENT).addDemand("apology").events(rows).build();
    }

    @Property(tries = 300)
    @Label("CMP-6 CMP-7 issue 14: save -> replay -> continue decides exactly like never stopped")
    void save_replay_continue(@ForAll("attempts") List<Attempt> attempts, @ForAll @IntRange(min = 0, max = 30) int cut) {
        Instant t = Fixtures.at("2025-06-04T09:00");
        Complaint never = Fixtures.received("rt", "2025-06-04T09:00");
        Complaint restarted = never;
        for (int i = 0; i < attempts.size(); i++) {
            if (i == cut) {
                restarted = saveAndRestore(restarted);
                assertThat(Fixtures.WORKFLOW.replay(restarted)).isEqualTo(Fixtures.WORKFLOW.replay(never));
            }
            Attempt a = attempts.get(i);
            t = t.plus(Duration.ofMinutes(a.minutes()));
            ComplaintEvent e = event(a, type(a, never), t);
            Actor actor = ACTORS.get(a.actor());
            Decision<StepResult> d1 = Fixtures.WORKFLOW.apply(never, actor, e);
            Decision<StepResult> d2 = Fixtures.WORKFLOW.apply(restarted, actor, e);
            assertThat(d2.outcome().verdict()).isEqualTo(d1.outcome().verdict());
            assertThat(d2.outcome().state()).isEqualTo(d1.outcome().state());
            assertThat(d2.reasons()).isEqualTo(d1.reasons());
            assertThat(Fixtures.WORKFLOW.availableActions(restarted, actor)).isEqualTo(Fixtures.WORKFLOW.availableActions(never, actor));
            never = d1.outcome().complaint();
            restarted = d2.outcome().complaint();
            assertThat(SLA.status(restarted, t)).isEqualTo(SLA.status(never, t));
        }
        assertThat(restarted.events()).isEqualTo(never.events());
        net.jqwik.api.statistics.Statistics.collect(never.events().size() > 6 ? "deep" : "shallow");
    }
}
