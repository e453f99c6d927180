package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.A;
import static dev.kefu.sales.floor.Fixtures.B;
import static dev.kefu.sales.floor.Fixtures.explained;
import static dev.kefu.sales.floor.Fixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        bad.put("a", SalesControlBoard.Entry.available());
        bad.put("c", null);
        bad.put(" ", SalesControlBoard.Entry.sold(A));
        rejects(() -> SalesControlBoard.restore(new SalesControlBoard.State(bad)), "units[c]", "units");
        rejects(() -> SalesControlBoard.Entry.reserved(null), "rep");
        rejects(() -> SalesControlBoard.Entry.sold(null), "rep");
        SalesControlBoard.Entry e = SalesControlBoard.Entry.reserved(A);
        assertThat(e).isEqualTo(SalesControlBoard.Entry.reserved(A)).hasSameHashCodeAs(SalesControlBoard.Entry.reserved(A))
                .isNotEqualTo(SalesControlBoard.Entry.sold(A)).isNotEqualTo(SalesControlBoard.Entry.reserved(B)).isNotEqualTo("x");
        assertThat(e.toString()).contains("A");
        assertThat(SalesControlBoard.Entry.available().toString()).isEqualTo("AVAILABLE");
        assertThat(SalesControlBoard.Entry.available().heldBy()).isEmpty();
        SalesControlBoard restored = SalesControlBoard.restore(new SalesControlBoard.State(Map.of("x", SalesControlBoard.Entry.sold(B))));
        assertThat(restored.check("x").outcome()).isEqualTo(UnitStatus.SOLD);
    }
}
