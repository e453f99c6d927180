package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.A;
import static dev.kefu.sales.floor.Fixtures.B;
import static dev.kefu.sales.floor.Fixtures.explained;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SalesControlBoardTest {

    private static final SalesControlBoard BOARD = SalesControlBoard.of(List.of("1-101", "1-102"));

    @Test
    @DisplayName("EST-10 a unit sales control shows available may be reserved; central sales control shows it reserved at once")
    void reserve() {
        Decision<UnitStatus> check = BOARD.check("1-101");
        assertThat(check.outcome()).isEqualTo(UnitStatus.AVAILABLE);
        explained(check);
        Decision<SalesControlBoard.Result> d = BOARD.reserve("1-101", A);
        assertThat(d.outcome().verdict()).isEqualTo(ControlVerdict.RESERVED);
        assertThat(d.outcome().before()).isEqualTo(UnitStatus.AVAILABLE);
        SalesControlBoard after = d.outcome().board();
        assertThat(after.check("1-101").outcome()).isEqualTo(UnitStatus.RESERVED);
        assertThat(BOARD.check("1-101").outcome()).as("immutable").isEqualTo(UnitStatus.AVAILABLE);
        assertThat(after.state().units().get("1-101").heldBy()).contains(A);
        assertThat(explained(d)).contains("1-101").contains("A");
        explained(after.check("1-101"));
    }

    @Test
    @DisplayName("EST-10 a deposit on a reserved or sold unit is refused: no unit is sold twice; the board is unchanged")
    void refused() {
        SalesControlBoard reserved = BOARD.reserve("1-101", A).outcome().board();
        Decision<SalesControlBoard.Result> second = reserved.reserve("1-101", B);
        assertThat(second.outcome().verdict()).isEqualTo(ControlVerdict.REFUSED_NOT_AVAILABLE);
        assertThat(second.outcome().board()).isSameAs(reserved);
        assertThat(explained(second)).contains("already reserved");
        SalesControlBoard sold = reserved.markSold("1-101").outcome().board();
        assertThat(sold.check("1-101").outcome()).isEqualTo(UnitStatus.SOLD);
        explained(sold.check("1-101"));
        Decision<SalesControlBoard.Result> third = sold.reserve("1-101", B);
        assertThat(third.outcome().verdict()).isEqualTo(ControlVerdict.REFUSED_NOT_AVAILABLE);
        assertThat(third.outcome().before()).isEqualTo(UnitStatus.SOLD);
        assertThat(explained(third)).contains("already sold");
    }

    @Test
    @DisplayName("EST-10 a released reservation makes the unit available again; selling or releasing an unreserved unit is refused")
    void releaseAndSell() {
        SalesControlBoard reserved = BOARD.reserve("1-102", A).outcome().board();
        Decision<SalesControlBoard.Result> rel = reserved.release("1-102");
        assertThat(rel.outcome().verdict()).isEqualTo(ControlVerdict.RELEASED);
        assertThat(rel.outcome().board()).isEqualTo(BOARD);
        explained(rel);
        assertThat(BOARD.release("1-102").outcome().verdict()).isEqualTo(ControlVerdict.REFUSED_NOT_RESERVED);
        assertThat(BOARD.markSold("1-102").outcome().verdict()).isEqualTo(ControlVerdict.REFUSED_NOT_RESERVED);
        explained(BOARD.markSold("1-102"));
        Decision<SalesControlBoard.Result> sold = reserved.markSold("1-102");
        assertThat(sold.outcome().verdict()).isEqualTo(ControlVerdict.SOLD);
        explained(sold);
        assertThat(sold.outcome().board().count(UnitStatus.SOLD)).isEqualTo(1);
        assertThat(sold.outcome().board().toString()).contains("1 sold");
    }

    @Test
    @DisplayName("EST-10 malformed boards, units and states are PolicyInputExceptions")
    void malformed() {
        rejects(() -> SalesControlBoard.of(null), "unitCodes");
        rejects(() -> SalesControlBoard.of(Arrays.asList("a", null)), "unitCodes[1]");
        rejects(() -> SalesControlBoard.of(List.of("a", "a", " ")), "unitCodes");
        rejects(() -> BOARD.check("9-999"), "unit");
        rejects(() -> BOARD.check(null), "unit");
        rejects(() -> BOARD.reserve("1-101", null), "rep");
        rejects(() -> BOARD.markSold("x"), "unit");
        rejects(() -> BOARD.release("x"), "unit");
        rejects(() -> SalesControlBoard.restore(null), "state");
        rejects(() -> SalesControlBoard.restore(new SalesControlBoard.State(null)), "units");
        Map<String, SalesControlBoard.Entry> bad = new HashMap<>();
        bad.put("a", new SalesControlBoard.Entry(UnitStatus.AVAILABLE, Optional.of(A)));
        bad.put("b", new SalesControlBoard.Entry(UnitStatus.RESERVED, Optional.empty()));
        bad.put("c", null);
        bad.put("d", new SalesControlBoard.Entry(null, Optional.empty()));
        bad.put("e", new SalesControlBoard.Entry(UnitStatus.SOLD, null));
        bad.put(" ", new SalesControlBoard.Entry(UnitStatus.AVAILABLE, Optional.empty()));
        rejects(() -> SalesControlBoard.restore(new SalesControlBoard.State(bad)), "units[a]", "units[b]", "units[c]", "units[d]", "units[e]", "units");
    }

    @Property
    @Label("EST-10 property: whatever reps try, each unit is reserved at most once until released; reservations match the board")
    void neverSoldTwice(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 11) Integer> ops) {
        List<String> units = List.of("u0", "u1", "u2", "u3");
        SalesControlBoard board = SalesControlBoard.of(units);
        Set<String> held = new HashSet<>();
        Set<String> sold = new HashSet<>();
        for (int op : ops) {
            String unit = units.get(op % 4);
            int kind = op / 4;
            if (kind == 0) {
                SalesControlBoard.Result r = board.reserve(unit, EmployeeId.of("R" + op)).outcome();
                assertThat(r.verdict() == ControlVerdict.RESERVED).isEqualTo(!held.contains(unit) && !sold.contains(unit));
                if (r.verdict() == ControlVerdict.RESERVED) {
                    held.add(unit);
                }
                board = r.board();
            } else if (kind == 1) {
                SalesControlBoard.Result r = board.release(unit).outcome();
                assertThat(r.verdict() == ControlVerdict.RELEASED).isEqualTo(held.remove(unit));
                board = r.board();
            } else {
                SalesControlBoard.Result r = board.markSold(unit).outcome();
                if (r.verdict() == ControlVerdict.SOLD) {
                    assertThat(held.remove(unit)).isTrue();
                    sold.add(unit);
                }
                board = r.board();
            }
            assertThat(board.count(UnitStatus.RESERVED)).isEqualTo(held.size());
            assertThat(board.count(UnitStatus.SOLD)).isEqualTo(sold.size());
        }
    }

    @Property
    @Label("EST-10 property: save -> restore -> continue equals never stopping")
    void saveRestore(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 11) Integer> ops, @ForAll @IntRange(min = 0, max = 40) int stopAt) {
        List<String> units = List.of("u0", "u1", "u2", "u3");
        SalesControlBoard straight = SalesControlBoard.of(units);
        SalesControlBoard resumed = SalesControlBoard.of(units);
        List<SalesControlBoard.Result> a = new ArrayList<>();
        List<SalesControlBoard.Result> b = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            if (i == stopAt) {
                resumed = SalesControlBoard.restore(resumed.state());
            }
            SalesControlBoard.Result ra = apply(straight, ops.get(i));
            SalesControlBoard.Result rb = apply(resumed, ops.get(i));
            straight = ra.board();
            resumed = rb.board();
            a.add(ra);
            b.add(rb);
            assertThat(rb.verdict()).isEqualTo(ra.verdict());
        }
        assertThat(resumed).isEqualTo(straight).hasSameHashCodeAs(straight);
        assertThat(resumed.state()).isEqualTo(straight.state());
    }

    private static SalesControlBoard.Result apply(SalesControlBoard board, int op) {
        String unit = "u" + (op % 4);
        switch (op / 4) {
            case 0:
                return board.reserve(unit, EmployeeId.of("R" + op)).outcome();
            case 1:
                return board.release(unit).outcome();
            default:
                return board.markSold(unit).outcome();
        }
    }
}
