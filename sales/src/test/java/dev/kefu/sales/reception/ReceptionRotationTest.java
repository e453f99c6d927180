package dev.kefu.sales.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReceptionRotationTest {

    static final EmployeeId A = EmployeeId.of("A");
    static final EmployeeId B = EmployeeId.of("B");
    static final EmployeeId C = EmployeeId.of("C");

    private static ReceptionRotation abc() {
        return ReceptionRotation.of(List.of(A, B, C));
    }

    /** Receives k new visitors, returning the receivers in order. */
    private static List<EmployeeId> receive(ReceptionRotation[] r, int k) {
        List<EmployeeId> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Reception rec = r[0].receiveNewVisitor().outcome();
            out.add(rec.receiver().orElseThrow());
            r[0] = rec.rotation();
        }
        return out;
    }

    @Test
    @DisplayName("ATT-1 reps receive new visitors in a fixed order")
    void fixed_order() {
        ReceptionRotation[] r = {abc()};
        assertThat(receive(r, 7)).containsExactly(A, B, C, A, B, C, A);
        assertThat(r[0].nextInOrder()).isEqualTo(B);
        assertThat(r[0].stateOf(A).turns()).isEqualTo(3);
    }

    @Test
    @DisplayName("ATT-1 an away rep is skipped and makes up as many visitors as turns missed (空几轮,补接几名)")
    void away_and_make_up() {
        ReceptionRotation[] r = {abc().markAway(B).outcome()};
        assertThat(receive(r, 4)).containsExactly(A, C, A, C);
        assertThat(r[0].stateOf(B).owedTurns()).isEqualTo(2);
        Decision<ReceptionRotation> back = r[0].markBack(B);
        assertThat(back.explain(Locale.ENGLISH)).contains("2 turns owed");
        r[0] = back.outcome();
        Decision<Reception> first = r[0].receiveNewVisitor();
        assertThat(first.outcome().kind()).contains(ReceptionKind.MAKE_UP);
        r[0] = first.outcome().rotation();
        assertThat(receive(r, 4)).containsExactly(B, A, B, C);
        assertThat(r[0].stateOf(A).turns()).isEqualTo(3);
        assertThat(r[0].stateOf(B).turns()).isEqualTo(3);
        assertThat(r[0].stateOf(C).turns()).isEqualTo(3);
    }

    @Test
    @DisplayName("ATT-1 a rep busy with a customer is skipped and owed the turn too")
    void busy_is_owed() {
        ReceptionRotation[] r = {abc().markBusy(A).outcome()};
        Decision<Reception> d = r[0].receiveNewVisitor();
        assertThat(d.outcome().receiver()).contains(B);
        assertThat(d.explain(Locale.ENGLISH)).contains("turn passed over [A]");
        assertThat(d.outcome().rotation().stateOf(A).owedTurns()).isEqualTo(1);
        assertThat(d.outcome().rotation().stateOf(A).availability()).isEqualTo(Availability.BUSY);
    }

    @Test
    @DisplayName("ATT-1 when nobody is available the visitor waits and the rotation is unchanged")
    void nobody_available() {
        ReceptionRotation all = abc().markAway(A).outcome().markBusy(B).outcome().markAway(C).outcome();
        Decision<Reception> d = all.receiveNewVisitor();
        assertThat(d.outcome().receiver()).isEmpty();
        assertThat(d.outcome().rotation()).isEqualTo(all);
        assertThat(d.explain(Locale.CHINA)).contains("没有业务员可以接待");
    }

    @Test
    @DisplayName("ATT-4 a first-time visitor who names a rep goes to that rep without using a turn")
    void designated_uses_no_turn() {
        ReceptionRotation r = abc();
        Reception rec = r.receiveDesignated(C).outcome();
        assertThat(rec.receiver()).contains(C);
        assertThat(rec.kind()).contains(ReceptionKind.DESIGNATED);
        assertThat(rec.rotation().nextInOrder()).isEqualTo(A);
        assertThat(rec.rotation().stateOf(C).turns()).isZero();
        assertThat(rec.rotation().stateOf(C).outsideRotation()).isEqualTo(1);
    }

    @Test
    @DisplayName("ATT-5 a returning customer uses no turn; ATT-10 a helper for an absent rep is not counted")
    void returning_and_assisting() {
        Reception ret = abc().receiveReturning(B).outcome();
        assertThat(ret.kind()).contains(ReceptionKind.RETURNING);
        assertThat(ret.rotation().nextInOrder()).isEqualTo(A);
        Reception help = ret.rotation().receiveAssisting(C).outcome();
        assertThat(help.kind()).contains(ReceptionKind.ASSISTING);
        assertThat(help.rotation().stateOf(C).turns()).isZero();
    }

    @Test
    @DisplayName("ATT-1 an away rep told to receive, or an unknown rep, is refused and the rotation unchanged")
    void refusals() {
        ReceptionRotation away = abc().markAway(B).outcome();
        assertThatThrownBy(() -> away.receiveDesignated(B)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("AWAY_ON_BUSINESS");
        assertThatThrownBy(() -> away.receiveReturning(EmployeeId.of("Z"))).hasMessageContaining("not in the team");
        assertThatThrownBy(() -> away.markBack(null)).hasMessageContaining("rep");
        assertThat(away.stateOf(B).outsideRotation()).isZero();
        assertThatThrownBy(() -> ReceptionRotation.of(List.of())).hasMessageContaining("order");
        assertThatThrownBy(() -> ReceptionRotation.of(List.of(A, A))).hasMessageContaining("order");
        assertThatThrownBy(() -> ReceptionRotation.of(null)).hasMessageContaining("order");
    }

    @Test
    @DisplayName("ATT-1 the rotation saves and restores; a bad saved state is refused")
    void save_and_restore() {
        ReceptionRotation r = abc().markAway(C).outcome().receiveNewVisitor().outcome().rotation();
        ReceptionRotation.State s = r.state();
        assertThat(ReceptionRotation.restore(s)).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(r.toString()).contains("next B");
        assertThatThrownBy(() -> ReceptionRotation.restore(new ReceptionRotation.State(List.of(A, B), 5, Map.of(A, RepState.FRESH))))
                .hasMessageContaining("next").hasMessageContaining("reps");
        assertThatThrownBy(() -> ReceptionRotation.restore(new ReceptionRotation.State(List.of(A), 0,
                Map.of(A, new RepState(Availability.AVAILABLE, -1, 0, 0))))).hasMessageContaining("reps[A]");
        assertThatThrownBy(() -> ReceptionRotation.restore(null)).hasMessageContaining("state");
        assertThat(r).isNotEqualTo("x");
    }
}
