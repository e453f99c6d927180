package dev.kefu.appraisal.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.appraisal.ledger.OffenceCode;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConductTest {

    static final EmployeeId A = EmployeeId.of("A");
    static final EmployeeId B = EmployeeId.of("B");
    static final Instant SHIFT = Instant.parse("2025-06-10T00:00:00Z"); // 08:00 Shanghai
    static final Instant SHIFT_END = SHIFT.plus(Duration.ofMinutes(450));

    static Instant at(int minutes) {
        return SHIFT.plus(Duration.ofMinutes(minutes));
    }

    @Test
    @DisplayName("APR-15 outings and time away per agent per shift are computed from desk-presence events")
    void outings_from_events() {
        List<DeskEvent> events = List.of(DeskEvent.left(A, at(60)), DeskEvent.returned(A, at(75)), DeskEvent.left(B, at(-30)),
                DeskEvent.returned(B, at(10)), DeskEvent.left(A, at(440)), DeskEvent.returned(B, at(200)));
        List<Outing> outings = LeavingPostPolicy.outings(events, SHIFT, SHIFT_END);
        assertThat(outings).extracting(Outing::employee).containsExactly(A, A, B);
        assertThat(outings).extracting(Outing::away).containsExactly(Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofMinutes(10));
        assertThat(outings.get(1).returned()).as("still away at the end of the shift").isEmpty();
        Map<EmployeeId, Duration> away = LeavingPostPolicy.timeAway(outings);
        assertThat(away).containsEntry(A, Duration.ofMinutes(25)).containsEntry(B, Duration.ofMinutes(10));
        assertThatThrownBy(() -> LeavingPostPolicy.outings(List.of(DeskEvent.left(A, at(1)), DeskEvent.left(A, at(2))), SHIFT, SHIFT_END))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("events");
        assertThatThrownBy(() -> LeavingPostPolicy.outings(Arrays.asList((DeskEvent) null), SHIFT_END, SHIFT))
                .hasMessageContaining("events[0]").hasMessageContaining("to");
        assertThatThrownBy(() -> DeskEvent.left(null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> LeavingPostPolicy.timeAway(null)).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("APR-15 leaving the post needs the manager's approval; over the limit needs the duty manager's permission")
    void leaving_post() {
        LeavingPostPolicy p = LeavingPostPolicy.builder().timeLimit(Duration.ofMinutes(15)).build();
        List<Outing> outings = LeavingPostPolicy.outings(List.of(DeskEvent.left(A, at(60)), DeskEvent.returned(A, at(75)),
                DeskEvent.left(A, at(120)), DeskEvent.returned(A, at(136)), DeskEvent.left(B, at(200)), DeskEvent.returned(B, at(260))), SHIFT, SHIFT_END);
        Decision<List<OutingFinding>> d = p.check(outings, Set.of(outings.get(0), outings.get(1), outings.get(2)), Set.of(outings.get(2)));
        assertThat(d.outcome()).hasSize(1);
        assertThat(d.outcome().get(0).outing().employee()).isEqualTo(A);
        assertThat(d.outcome().get(0).overLimit()).as("16 minutes is over 15").isTrue();
        assertThat(d.outcome().get(0).unapproved()).isFalse();
        assertThat(d.explain(Locale.ENGLISH)).contains("2025-06-10 10:00").contains("16 minutes");
        Decision<List<OutingFinding>> none = p.check(outings, Set.of(), Set.of());
        assertThat(none.outcome()).hasSize(3).allMatch(OutingFinding::unapproved);
        assertThat(p.check(List.of(), Set.of(), Set.of()).explain(Locale.SIMPLIFIED_CHINESE)).contains("0 次离开");
        assertThat(none.ruleIds()).containsExactly(AppraisalRules.APR_15);
        assertThatThrownBy(() -> LeavingPostPolicy.builder().build()).as("规定时限 is required").hasMessageContaining("timeLimit");
        assertThatThrownBy(() -> LeavingPostPolicy.builder().timeLimit(Duration.ZERO).zone(null).build()).hasMessageContaining("timeLimit")
                .hasMessageContaining("zone");
        assertThatThrownBy(() -> p.check(Arrays.asList((Outing) null), null, null)).hasMessageContaining("outings[0]")
                .hasMessageContaining("approved");
        assertThat(p.toString()).contains("PT15M");
    }

    @Test
    @DisplayName("APR-16 a call the agent hung up is APR-8's other phone breach (20 yuan), found from call records")
    void hang_up() {
        Decision<List<CallRecord>> d = HangUpCheck.check(List.of(CallRecord.clearedByCaller(A, "c1", at(5)), CallRecord.clearedByAgent(B, "c2", at(9))));
        assertThat(d.outcome()).extracting(CallRecord::callId).containsExactly("c2");
        assertThat(HangUpCheck.OFFENCE).isEqualTo(OffenceCode.OTHER_PHONE);
        assertThat(HangUpCheck.OFFENCE.sanction().fine().toPlainString()).isEqualTo("20.00");
        assertThat(d.explain(Locale.SIMPLIFIED_CHINESE)).contains("私挂用户电话");
        assertThat(HangUpCheck.check(List.of()).explain(Locale.ENGLISH)).contains("no agent hung up");
        assertThatThrownBy(() -> HangUpCheck.check(Arrays.asList((CallRecord) null))).hasMessageContaining("calls[0]");
        assertThatThrownBy(() -> new CallRecord(null, " ", null, true)).hasMessageContaining("callId");
    }
}
