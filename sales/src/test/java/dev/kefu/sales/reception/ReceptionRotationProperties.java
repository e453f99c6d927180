package dev.kefu.sales.reception;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.EmployeeId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ReceptionRotationProperties {

    private static List<EmployeeId> reps(int n) {
        List<EmployeeId> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(EmployeeId.of("R" + i));
        }
        return out;
    }

    private static int spread(ReceptionRotation r, List<EmployeeId> reps, boolean withOwed) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (EmployeeId e : reps) {
            RepState s = r.stateOf(e);
            int v = s.turns() + (withOwed ? s.owedTurns() : 0);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min;
    }

    @Property
    @Label("ATT-1 with nobody away, reception counts differ by at most one")
    void even_without_absence(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll @IntRange(min = 0, max = 60) int visitors) {
        List<EmployeeId> reps = reps(n);
        ReceptionRotation r = ReceptionRotation.of(reps);
        for (int i = 0; i < visitors; i++) {
            r = r.receiveNewVisitor().outcome().rotation();
            assertThat(spread(r, reps, false)).isLessThanOrEqualTo(1);
        }
    }

    /** An operation: 0 = new visitor, 1 = away, 2 = busy, 3 = back, 4 = designated, 5 = returning; and a rep index. */
    @Provide
    Arbitrary<List<int[]>> operations() {
        return Arbitraries.integers().between(0, 5).flatMap(op -> Arbitraries.integers().between(0, 7).map(rep -> new int[] {op, rep}))
                .list().ofMaxSize(80);
    }

    @Property
    @Label("ATT-1 turns plus owed turns never differ by more than one; once make-ups are served, turns even out")
    void make_ups_even_out(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll("operations") List<int[]> ops) {
        List<EmployeeId> reps = reps(n);
        ReceptionRotation r = ReceptionRotation.of(reps);
        for (int[] op : ops) {
            EmployeeId rep = reps.get(op[1] % n);
            boolean available = r.stateOf(rep).availability() == Availability.AVAILABLE;
            switch (op[0]) {
                case 0 -> r = r.receiveNewVisitor().outcome().rotation();
                case 1 -> r = r.markAway(rep).outcome();
                case 2 -> r = r.markBusy(rep).outcome();
                case 3 -> r = r.markBack(rep).outcome();
                case 4 -> r = available ? r.receiveDesignated(rep).outcome().rotation() : r;
                default -> r = available ? r.receiveReturning(rep).outcome().rotation() : r;
            }
            assertThat(spread(r, reps, true)).isLessThanOrEqualTo(1);
        }
        for (EmployeeId rep : reps) {
            r = r.markBack(rep).outcome();
        }
        int owed = reps.stream().mapToInt(e -> 0).sum();
        for (EmployeeId rep : reps) {
            owed += r.stateOf(rep).owedTurns();
        }
        for (int i = 0; i < owed; i++) {
            r = r.receiveNewVisitor().outcome().rotation();
        }
        for (EmployeeId rep : reps) {
            assertThat(r.stateOf(rep).owedTurns()).isZero();
        }
        assertThat(spread(r, reps, false)).isLessThanOrEqualTo(1);
    }
}
