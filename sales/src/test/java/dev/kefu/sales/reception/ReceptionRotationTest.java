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
    @DisplayName("ATT-1 (amended) a rep busy with a customer is skipped and owed nothing")
    void busy_is_not_owed() {
        ReceptionRotation[] r = {abc().markBusy(A).outcome()};
        Decision<Reception> d = r[0].receiveNewVisitor();
        assertThat(d.outcome().receiver()).contains(B);
        assertThat(d.explain(Locale.ENGLISH)).contains("turn passed over [A], busy with a customer or absent: nothing is owed");
        assertThat(d.outcome().rotation().stateOf(A).owedTurns()).isZero();
        assertThat(d.outcome().rotation().stateOf(A).availability()).isEqualTo(Availability.BUSY);
    }

    @Test
    @DisplayName("ATT-1 audit defect #9: busy A skipped on visitor 4, back for visitor 5, which goes to C (no make-up)")
    void audit_defect_9_busy_rep_gets_no_make_up() {
        ReceptionRotation r = abc();
        Reception v1 = r.receiveNewVisitor().outcome();
        assertThat(v1.receiver()).contains(A);
        ReceptionRotation[] x = {v1.rotation().markBusy(A).outcome()};
        assertThat(receive(x, 3)).containsExactly(B, C, B);
        x[0] = x[0].markBack(A).outcome();
        Reception v5 = x[0].receiveNewVisitor().outcome();
        assertThat(v5.receiver()).contains(C);
        assertThat(v5.kind()).contains(ReceptionKind.ROTATION);
    }

    @Test
    @DisplayName("ATT-1 (reading) a rep absent for another reason is skipped and owed nothing")
    void other_absence_is_not_owed() {
        ReceptionRotation[] r = {abc().markAbsent(B).outcome()};
        assertThat(receive(r, 3)).containsExactly(A, C, A);
        assertThat(r[0].stateOf(B).owedTurns()).isZero();
        r[0] = r[0].markBack(B).outcome();
        assertThat(receive(r, 1)).containsExactly(B);
        assertThat(r[0].receiveDesignated(A).outcome().kind()).contains(ReceptionKind.DESIGNATED);
        assertThatThrownBy(() -> abc().markAbsent(C).outcome().receiveReturning(C)).hasMessageContaining("C is absent");
    }

    @Test
    @DisplayName("ATT-1 bad-input #17 #18: a counter at Integer.MAX_VALUE is refused, never wrapped into a state restore() rejects")
    void counter_overflow_is_refused() {
        ReceptionRotation turns = ReceptionRotation.restore(new ReceptionRotation.State(List.of(A, B), 0,
                Map.of(A, new RepState(Availability.AVAILABLE, 0, Integer.MAX_VALUE, 0), B, RepState.FRESH)));
        assertThatThrownBy(turns::receiveNewVisitor).isInstanceOf(PolicyInputException.class).hasMessageContaining("limit");
        ReceptionRotation owed = ReceptionRotation.restore(new ReceptionRotation.State(List.of(A, B), 0,
                Map.of(A, new RepState(Availability.AWAY_ON_BUSINESS, Integer.MAX_VALUE, 0, 0), B, RepState.FRESH)));
        assertThatThrownBy(owed::receiveNewVisitor).isInstanceOf(PolicyInputException.class).hasMessageContaining("reps[A]");
        ReceptionRotation outside = ReceptionRotation.restore(new ReceptionRotation.State(List.of(A), 0,
                Map.of(A, new RepState(Availability.AVAILABLE, 0, 0, Integer.MAX_VALUE))));
        assertThatThrownBy(() -> outside.receiveReturning(A)).isInstanceOf(PolicyInputException.class);
        ReceptionRotation makeUp = ReceptionRotation.restore(new ReceptionRotation.State(List.of(A), 0,
                Map.of(A, new RepState(Availability.AVAILABLE, 1, Integer.MAX_VALUE, 0))));
        assertThatThrownBy(makeUp::receiveNewVisitor).isInstanceOf(PolicyInputException.class);
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
                .hasMessageContaining("B is out on company business and cannot receive")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("[A-Z]+_[A-Z_]+"));
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

    @Test
    @DisplayName("ATT-1 a tampered saved state is refused with every problem listed, never repaired")
    void tampered_state_is_refused() {
        java.util.HashMap<EmployeeId, RepState> nullKey = new java.util.HashMap<>();
        nullKey.put(null, RepState.FRESH);
        nullKey.put(A, null);
        assertThatThrownBy(() -> ReceptionRotation.restore(new ReceptionRotation.State(java.util.Arrays.asList(A, null), -1, nullKey)))
                .isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("order").hasMessageContaining("next").hasMessageContaining("reps");
        assertThatThrownBy(() -> ReceptionRotation.restore(new ReceptionRotation.State(List.of(A, B), 0,
                Map.of(A, RepState.FRESH, C, RepState.FRESH)))).hasMessageContaining("reps");
        assertThatThrownBy(() -> ReceptionRotation.restore(new ReceptionRotation.State(List.of(A), 0,
                Map.of(A, new RepState(null, 0, 0, 0))))).hasMessageContaining("reps[A]");
        assertThatThrownBy(() -> ReceptionRotation.restore(new ReceptionRotation.State(List.of(A), 0,
                Map.of(A, new RepState(Availability.AVAILABLE, 0, -5, 0))))).hasMessageContaining("reps[A]");
        assertThatThrownBy(() -> ReceptionRotation.restore(new ReceptionRotation.State(null, 0, Map.of()))).hasMessageContaining("order");
        assertThatThrownBy(() -> ReceptionRotation.restore(new ReceptionRotation.State(List.of(A), 0, null))).hasMessageContaining("reps");
    }

    @Test
    @DisplayName("ATT-1 make-ups: an owed rep back receives first, the explanation counts what is still owed; unknown reps are refused")
    void make_up_messages() {
        ReceptionRotation[] r = {abc().markAway(A).outcome()};
        assertThat(receive(r, 2)).containsExactly(B, C);
        r[0] = r[0].markBack(A).outcome();
        Decision<Reception> first = r[0].receiveNewVisitor();
        assertThat(first.outcome().receiver()).contains(A);
        assertThat(first.outcome().kind()).contains(ReceptionKind.MAKE_UP);
        assertThat(first.explain(Locale.ENGLISH)).contains("A makes up a turn missed while out on company business (0 still owed)");
        assertThat(first.outcome().rotation().nextInOrder()).isEqualTo(r[0].nextInOrder());
        Decision<Reception> owed = abc().markAway(A).outcome().receiveNewVisitor();
        assertThat(owed.explain(Locale.ENGLISH)).contains("turn passed over [A], out on company business: the turn is owed")
                .doesNotContain("nothing is owed");
        assertThat(owed.outcome().rotation().nextInOrder()).isEqualTo(C);
        assertThatThrownBy(() -> abc().stateOf(EmployeeId.of("Z"))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> abc().stateOf(null)).isInstanceOf(PolicyInputException.class);
        ReceptionRotation oneRep = ReceptionRotation.of(List.of(A));
        assertThat(oneRep.receiveNewVisitor().outcome().rotation().nextInOrder()).isEqualTo(A);
        assertThat(ReceptionRotation.restore(new ReceptionRotation.State(List.of(A, B), 1, Map.of(A, RepState.FRESH, B, RepState.FRESH)))
                .nextInOrder()).isEqualTo(B);
        assertThatThrownBy(() -> ReceptionRotation.restore(new ReceptionRotation.State(List.of(A, B), 2,
                Map.of(A, RepState.FRESH, B, RepState.FRESH)))).hasMessageContaining("next");
    }
}
