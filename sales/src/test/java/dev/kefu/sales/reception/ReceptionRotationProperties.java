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
    @Label("ATT-1 busy or otherwise absent reps are never owed a turn")
    void busy_never_owed(@ForAll("operations") List<int[]> ops) {
        List<EmployeeId> reps = reps(4);
        Run run = new Run(ReceptionRotation.of(reps));
        java.util.Map<EmployeeId, Integer> owedBefore = new java.util.HashMap<>();
        for (int[] op : ops) {
            reps.forEach(e -> owedBefore.put(e, run.r.stateOf(e).owedTurns()));
            run.apply(op, reps);
            for (EmployeeId e : reps) {
                if (run.r.stateOf(e).availability() != Availability.AWAY_ON_BUSINESS) {
                    assertThat(run.r.stateOf(e).owedTurns()).isLessThanOrEqualTo(owedBefore.get(e));
                }
            }
        }
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

    /** An operation: 0 = new visitor, 1 = away, 2 = busy, 3 = back, 4 = designated, 5 = returning, 6 = absent; and a rep index. */
    @Provide
    Arbitrary<List<int[]>> operations() {
        return Arbitraries.integers().between(0, 6).flatMap(op -> Arbitraries.integers().between(0, 7).map(rep -> new int[] {op, rep}))
                .list().ofMaxSize(80);
    }

    /** Operations without busy or other absence: only company business is owed. */
    @Provide
    Arbitrary<List<int[]>> awayOnly() {
        return Arbitraries.of(0, 1, 3, 4, 5).flatMap(op -> Arbitraries.integers().between(0, 7).map(rep -> new int[] {op, rep}))
                .list().ofMaxSize(80);
    }

    private static final class Run {
        ReceptionRotation r;
        final List<String> log = new ArrayList<>();

        Run(ReceptionRotation r) {
            this.r = r;
        }

        void apply(int[] op, List<EmployeeId> reps) {
            EmployeeId rep = reps.get(op[1] % reps.size());
            boolean available = r.stateOf(rep).availability() == Availability.AVAILABLE;
            switch (op[0]) {
                case 0 -> {
                    var d = r.receiveNewVisitor();
                    log.add(d.outcome().receiver() + " " + d.outcome().kind() + " " + d.explain(java.util.Locale.ENGLISH));
                    r = d.outcome().rotation();
                }
                case 1 -> r = r.markAway(rep).outcome();
                case 2 -> r = r.markBusy(rep).outcome();
                case 3 -> r = r.markBack(rep).outcome();
                case 4 -> r = available ? r.receiveDesignated(rep).outcome().rotation() : r;
                case 5 -> r = available ? r.receiveReturning(rep).outcome().rotation() : r;
                default -> r = r.markAbsent(rep).outcome();
            }
        }
    }

    @Property
    @Label("ATT-1 save, restore and continue decides exactly like never stopping (issue 14)")
    void save_restore_continue(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll("operations") List<int[]> ops,
                               @ForAll @IntRange(min = 0, max = 80) int cut) {
        List<EmployeeId> reps = reps(n);
        Run straight = new Run(ReceptionRotation.of(reps));
        ops.forEach(op -> straight.apply(op, reps));
        Run stopped = new Run(ReceptionRotation.of(reps));
        int at = Math.min(cut, ops.size());
        ops.subList(0, at).forEach(op -> stopped.apply(op, reps));
        ReceptionRotation.State saved = stopped.r.state();
        ReceptionRotation.State stored = new ReceptionRotation.State(new ArrayList<>(saved.order()), saved.next(),
                new java.util.HashMap<>(saved.reps()));
        Run resumed = new Run(ReceptionRotation.restore(stored));
        resumed.log.addAll(stopped.log);
        ops.subList(at, ops.size()).forEach(op -> resumed.apply(op, reps));
        assertThat(resumed.log).isEqualTo(straight.log);
        assertThat(resumed.r).isEqualTo(straight.r);
        assertThat(resumed.r.state()).isEqualTo(straight.r.state());
    }

    @Property
    @Label("ATT-1 only company business is owed: turns plus owed turns never differ by more than one; once make-ups are served, turns even out")
    void make_ups_even_out(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll("awayOnly") List<int[]> ops) {
        List<EmployeeId> reps = reps(n);
        ReceptionRotation r = ReceptionRotation.of(reps);
        for (int[] op : ops) {
            EmployeeId rep = reps.get(op[1] % n);
            boolean available = r.stateOf(rep).availability() == Availability.AVAILABLE;
            switch (op[0]) {
                case 0 -> r = r.receiveNewVisitor().outcome().rotation();
                case 1 -> r = r.markAway(rep).outcome();
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
