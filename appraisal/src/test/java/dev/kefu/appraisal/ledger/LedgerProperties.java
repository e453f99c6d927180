package dev.kefu.appraisal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LedgerProperties {

    record Op(int employee, boolean reward, int code, int day) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 26), Arbitraries.integers().between(0, 59)).as(Op::new).list().ofMaxSize(60);
    }

    private static PenaltyLedger replay(List<Op> ops, List<Boolean> firsts) {
        PenaltyLedger ledger = PenaltyLedger.create(3, Optional.empty());
        EmployeeId mgr = EmployeeId.of("m");
        for (Op op : ops) {
            EmployeeId e = EmployeeId.of("e" + op.employee());
            LocalDate day = LocalDate.of(2025, 6, 1).plusDays(op.day());
            if (op.reward()) {
                ledger.recordReward(e, RewardCode.values()[op.code() % 7], Optional.empty(), day, mgr);
            } else {
                OffenceCode code = OffenceCode.values()[op.code()];
                boolean first = ledger.entries().stream().noneMatch(x -> x.employee().equals(e) && x.code().equals(code.name()));
                LedgerEntry entry = ledger.recordOffence(e, code, day, mgr).outcome();
                if (first && firsts != null) {
                    firsts.add(entry.amount().isZero() || code.isDismissalOffence());
                }
            }
        }
        return ledger;
    }

    @Property
    @Label("APR-9 a first offence never costs money unless it is a dismissal offence")
    void first_offence_costs_nothing(@ForAll("ops") List<Op> ops) {
        List<Boolean> firsts = new java.util.ArrayList<>();
        replay(ops, firsts);
        assertThat(firsts).allMatch(b -> b);
    }

    @Property
    @Label("APR-8 a month's statement equals the sum of its entries")
    void statement_is_sum(@ForAll("ops") List<Op> ops) {
        PenaltyLedger ledger = replay(ops, null);
        for (YearMonth m : List.of(YearMonth.of(2025, 6), YearMonth.of(2025, 7))) {
            ledger.statements(m).forEach((e, s) -> {
                List<LedgerEntry> mine = ledger.entries().stream().filter(x -> x.employee().equals(e) && YearMonth.from(x.date()).equals(m)).toList();
                assertThat(s.net()).isEqualTo(Money.sum(mine.stream().map(LedgerEntry::amount).toList()));
                assertThat(s.entries()).isEqualTo(mine.size());
                assertThat(s.rewards().minus(s.fines())).isEqualTo(s.net());
                assertThat(s.warnings()).isEqualTo((int) mine.stream().filter(x -> x.kind() == EntryKind.WARNING).count());
            });
        }
    }
}
