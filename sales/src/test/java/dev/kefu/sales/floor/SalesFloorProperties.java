package dev.kefu.sales.floor;

import static dev.kefu.sales.floor.Fixtures.A;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the sales-floor rules (jqwik). */
class SalesFloorProperties {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 15);
    private static final PaymentDefaultPolicy EST6 = PaymentDefaultPolicy.regulation();
    private static final RoleLabel GM = RoleLabel.of("总经理", "general manager");
    private static final RefundPolicy BY_GM = RefundPolicy.builder().beforeSigning(RefundAuthority.grantedBy(GM)).build();

    @Property
    @Label("EST-2 property: withheld + paid equals the month's deal bonus exactly, withheld within a fen of the share")
    void partsSumExactly(@ForAll @LongRange(min = 0, max = 100_000_000_000L) long fen, @ForAll @IntRange(min = 1, max = 100) int percent) {
        DisputeSanctions p = DisputeSanctions.builder().withheldShare(Share.ofPercent(percent)).build();
        Money bonus = Money.ofFen(fen);
        DisputeOutcome o = p.decide(new DisputeCase(A, LocalDate.of(2026, 5, 5), ConductFinding.DELIBERATE_PROVOCATION_VERIFIED, bonus)).outcome();
        assertThat(o.withheld().plus(o.paid())).isEqualTo(bonus);
        long exactTimes100 = fen * percent;
        assertThat(Math.abs(o.withheld().toFen() * 100 - exactTimes100)).isLessThan(100);
    }

    @Property
    @Label("EST-6 property: arrears + credited = amount due whenever credited does not exceed it; arrears never negative")
    void arrearsExact(@ForAll @LongRange(min = 1, max = 10_000_000_000L) long dueFen, @ForAll @IntRange(min = 0, max = 120) int paidPercent,
            @ForAll @IntRange(min = 0, max = 400) int days) {
        long paidFen = dueFen * paidPercent / 100;
        List<Payment> payments = paidFen == 0 ? List.of() : List.of(Payment.atFinance(Money.ofFen(paidFen), DUE, "F"));
        DefaultAssessment a = EST6.assess(new DefaultCase(DUE, Money.ofFen(dueFen), payments, List.of(DUE.plusDays(1)), DUE.plusDays(days))).outcome();
        assertThat(a.arrears().isNegative()).isFalse();
        if (paidFen <= dueFen) {
            assertThat(a.arrears().plus(a.credited())).isEqualTo(Money.ofFen(dueFen));
        }
        boolean more = DUE.plusDays(days).isAfter(LocalDate.of(2026, 5, 15));
        if (a.arrears().isPositive() && days > 0) {
            assertThat(a.stage()).isEqualTo(more ? DefaultStage.BREACH : DefaultStage.COLLECTION);
        }
    }

    @Property
    @Label("EST-7 property: a granted refund's parts sum exactly to the refund, which is the finance-receipted total")
    void partsSum(@ForAll @Size(max = 12) List<@LongRange(min = 1, max = 1_000_000_000L) Long> fens) {
        List<Payment> payments = new ArrayList<>();
        Money expected = Money.ZERO;
        for (int i = 0; i < fens.size(); i++) {
            Money m = Money.ofFen(fens.get(i));
            if (i % 3 == 2) {
                payments.add(Payment.takenByRep(m, DAY, A));
            } else {
                payments.add(Payment.atFinance(m, DAY, "F-" + i));
                expected = expected.plus(m);
            }
        }
        RefundOutcome o = BY_GM.decide(RefundRequest.approved(ContractStage.NOT_SIGNED, "r", payments, GM)).outcome();
        assertThat(Money.sum(o.parts())).isEqualTo(o.refund()).isEqualTo(expected);
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
