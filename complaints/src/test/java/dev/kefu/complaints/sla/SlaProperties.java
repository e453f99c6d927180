package dev.kefu.complaints.sla;

import static dev.kefu.complaints.Fixtures.CAL;
import static dev.kefu.complaints.Fixtures.HR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.complaints.Complaint;
import dev.kefu.complaints.ComplaintEvent;
import dev.kefu.complaints.EventType;
import dev.kefu.complaints.Fixtures;
import dev.kefu.complaints.Role;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SlaProperties {

    private static final ComplaintSlaPolicy SLA = ComplaintSlaPolicy.builder(CAL).build();
    private static final Instant BASE = java.time.LocalDate.of(2021, 1, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();

    private static Complaint receivedAt(Instant t) {
        return Fixtures.received("p", "2021-01-01T00:00").toBuilder()
                .events(List.of(ComplaintEvent.of(EventType.RECEIVED, Fixtures.OWNER, Role.FIRST_CONTACT_OWNER, t))).build();
    }

    @Property
    @Label("CMP-7 a due instant never falls outside working time")
    void due_in_working_time(@ForAll @LongRange(min = 0, max = 1800L * 86_400) long second,
                             @ForAll @LongRange(min = 0, max = 20L * 86_400) long later) {
        Instant received = BASE.plusSeconds(second);
        for (SlaTarget t : List.of(SlaTarget.INVESTIGATION_START, SlaTarget.REPLY)) {
            Instant due = SLA.status(receivedAt(received), t, received.plusSeconds(later)).due().orElseThrow();
            assertThat(CAL.isWorkingTime(due) || CAL.isWorkingTime(due.minusNanos(1))).isTrue();
        }
    }

    @Property
    @Label("CMP-7 pausing never makes a deadline earlier")
    void pause_never_earlier(@ForAll @LongRange(min = 0, max = 1800L * 86_400) long second,
                             @ForAll @IntRange(min = 0, max = 300_000) int pauseAfter, @ForAll @IntRange(min = 1, max = 600_000) int pauseFor,
                             @ForAll @IntRange(min = 0, max = 900_000) int askAfter) {
        Instant received = BASE.plusSeconds(second);
        Complaint plain = receivedAt(received);
        Complaint paused = Fixtures.step(plain, Fixtures.HR_ACTOR, ComplaintEvent.of(EventType.PAUSED, HR, Role.HR_ADMIN_INTAKE, received.plusSeconds(pauseAfter)));
        paused = Fixtures.step(paused, Fixtures.HR_ACTOR, ComplaintEvent.of(EventType.RESUMED, HR, Role.HR_ADMIN_INTAKE, received.plusSeconds(pauseAfter + pauseFor)));
        Instant now = received.plusSeconds(askAfter);
        for (SlaTarget t : List.of(SlaTarget.INVESTIGATION_START, SlaTarget.REPLY)) {
            Instant a = SLA.status(plain, t, now).due().orElseThrow();
            Instant b = SLA.status(paused, t, now).due().orElseThrow();
            assertThat(b).isAfterOrEqualTo(a);
            assertThat(SLA.status(paused, t, now).elapsed()).isLessThanOrEqualTo(SLA.status(plain, t, now).elapsed());
        }
    }

    @Property
    @Label("CMP-6 CMP-7 status is the same whether events arrive one by one or all at once, and replay rebuilds the state")
    void one_by_one_equals_all_at_once(@ForAll @LongRange(min = 0, max = 1800L * 86_400) long second,
                                        @ForAll @IntRange(min = 1, max = 9) int steps, @ForAll @IntRange(min = 60, max = 40_000) int gap,
                                        @ForAll @IntRange(min = 0, max = 500_000) int askAfter) {
        Instant t = BASE.plusSeconds(second);
        Complaint c = receivedAt(t);
        List<EventType> path = List.of(EventType.RECORDED, EventType.ASSESSED_VALID, EventType.DISPATCHED, EventType.PAUSED, EventType.RESUMED,
                EventType.INVESTIGATION_STARTED, EventType.SOLUTION_PROPOSED, EventType.CUSTOMER_NOT_SATISFIED, EventType.SOLUTION_PROPOSED);
        List<ComplaintEvent> events = new ArrayList<>(c.events());
        for (int i = 0; i < steps; i++) {
            t = t.plusSeconds(gap);
            EventType type = path.get(i);
            boolean intake = type == EventType.RECORDED || type == EventType.ASSESSED_VALID || type == EventType.DISPATCHED
                    || type == EventType.PAUSED || type == EventType.RESUMED;
            ComplaintEvent e = intake ? ComplaintEvent.of(type, HR, Role.HR_ADMIN_INTAKE, t)
                    : ComplaintEvent.byResolver(type, Fixtures.SUP, Fixtures.SUPERVISOR, t);
            c = Fixtures.step(c, intake ? Fixtures.HR_ACTOR : Fixtures.SUP_ACTOR, e);
            events.add(e);
        }
        Complaint allAtOnce = c.toBuilder().events(events).build();
        Instant now = BASE.plusSeconds(second + askAfter);
        assertThat(SLA.status(allAtOnce, now)).isEqualTo(SLA.status(c, now));
        assertThat(Fixtures.WORKFLOW.replay(allAtOnce)).isEqualTo(Fixtures.WORKFLOW.replay(c));
    }
}
