package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.A;
import static dev.kefu.sales.floor.Fixtures.B;
import static dev.kefu.sales.floor.Fixtures.C;
import static dev.kefu.sales.floor.Fixtures.SHANGHAI;
import static dev.kefu.sales.floor.Fixtures.at;
import static dev.kefu.sales.floor.Fixtures.explained;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StandbyTest {

    @Test
    @DisplayName("EST-1 while the head of the rotation receives, the next rep in order is on standby")
    void nextInOrderStandsBy() {
        Decision<Standby.Answer> d = Standby.whoIsOnStandby(List.of(A, B, C),
                Map.of(A, FloorPresence.RECEIVING, B, FloorPresence.FREE, C, FloorPresence.FREE));
        assertThat(d.outcome().rep()).contains(B);
        assertThat(d.ruleIds()).containsExactly(SalesFloorRules.EST_1);
        assertThat(explained(d)).contains("B");
    }

    @Test
    @DisplayName("EST-1 a rep who is away is skipped; the next free rep stands by")
    void awaySkipped() {
        Decision<Standby.Answer> d = Standby.whoIsOnStandby(List.of(A, B, C),
                Map.of(A, FloorPresence.RECEIVING, B, FloorPresence.AWAY, C, FloorPresence.FREE));
        assertThat(d.outcome().rep()).contains(C);
    }

    @Test
    @DisplayName("EST-1 nobody free: no standby, explained")
    void nobodyFree() {
        Decision<Standby.Answer> d = Standby.whoIsOnStandby(List.of(A, B),
                Map.of(A, FloorPresence.RECEIVING, B, FloorPresence.AWAY));
        assertThat(d.outcome().rep()).isEmpty();
        assertThat(explained(d)).contains("no rep is free");
    }

    @Test
    @DisplayName("EST-1 audit: an empty desk while a rep was free is a gap; the right rep at the desk is none")
    void audit() {
        Map<EmployeeId, FloorPresence> p = Map.of(A, FloorPresence.RECEIVING, B, FloorPresence.FREE, C, FloorPresence.FREE);
        Decision<GapReport> d = Standby.audit(List.of(
                Standby.Observation.seated(at("2026-03-01T10:00"), List.of(A, B, C), p, B),
                Standby.Observation.deskEmpty(at("2026-03-01T11:00"), List.of(A, B, C), p),
                Standby.Observation.seated(at("2026-03-01T12:00"), List.of(A, B, C), p, C),
                Standby.Observation.deskEmpty(at("2026-03-01T13:00"), List.of(A, B),
                        Map.of(A, FloorPresence.RECEIVING, B, FloorPresence.RECEIVING))), SHANGHAI);
        assertThat(d.outcome().gaps()).hasSize(2).allMatch(g -> g.kind() == GapKind.STANDBY_NOT_KEPT);
        assertThat(d.outcome().gaps().get(0).employee()).contains(B);
        assertThat(explained(d)).contains("2026-03-01 11:00").contains("2026-03-01 12:00");
    }

    @Test
    @DisplayName("EST-1 audit of a kept desk reports no gap")
    void auditClear() {
        Decision<GapReport> d = Standby.audit(List.of(), SHANGHAI);
        assertThat(d.outcome().isClear()).isTrue();
        assertThat(explained(d)).contains("no gap");
    }

    @Test
    @DisplayName("EST-1 malformed order or presence is a PolicyInputException listing each problem")
    void malformed() {
        rejects(() -> Standby.whoIsOnStandby(List.of(), Map.of()), "order");
        rejects(() -> Standby.whoIsOnStandby(List.of(A, A), Map.of(A, FloorPresence.FREE)), "order");
        rejects(() -> Standby.whoIsOnStandby(List.of(A, B), Map.of(A, FloorPresence.FREE)), "presence[B]");
        rejects(() -> Standby.whoIsOnStandby(null, null), "order", "presence");
        Map<EmployeeId, FloorPresence> withNull = new HashMap<>();
        withNull.put(A, null);
        rejects(() -> Standby.whoIsOnStandby(List.of(A), withNull), "presence[A]");
        rejects(() -> Standby.audit(java.util.Arrays.asList((Standby.Observation) null), SHANGHAI), "observations[0]");
        rejects(() -> Standby.audit(List.of(Standby.Observation.deskEmpty(null, null, Map.of(A, FloorPresence.FREE))), null),
                "zone", "observations[0].at", "observations[0].order");
        rejects(() -> Standby.Observation.seated(at("2026-03-01T10:00"), List.of(A), Map.of(A, FloorPresence.FREE), null), "atDesk");
        Standby.Observation o = Standby.Observation.seated(at("2026-03-01T10:00"), List.of(A), Map.of(A, FloorPresence.FREE), A);
        assertThat(o.atDesk()).contains(A);
        assertThat(o.order()).containsExactly(A);
        assertThat(o.presence()).containsEntry(A, FloorPresence.FREE);
        assertThat(o.toString()).contains("at desk A");
        assertThat(Standby.Observation.deskEmpty(o.at(), List.of(A), Map.of()).toString()).contains("nobody");
    }
}
