package dev.kefu.appraisal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class LedgerProperties {

    /** One step: kind 0 schedule offence, 1 APR-14 offence, 2 outside sanction, 3 reward, 4 phone ring, 5 a supervisor's report. */
    record Op(int employee, int kind, int code, int day) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 26), Arbitraries.integers().between(0, 59)).as(Op::new).list().ofMaxSize(50);
    }

    private static PenaltyLedger.Builder settings() {
        return PenaltyLedger.builder().transferAfterOffences(3).ladderFine(Money.yuan(25));
    }

    private static Decision<?> apply(PenaltyLedger ledger, Op op) {
        EmployeeId e = EmployeeId.of("e" + op.employee());
        EmployeeId mgr = EmployeeId.of("m");
        Recorder manager = Recorder.customerServiceManager(mgr);
        LocalDate day = LocalDate.of(2025, 6, 1).plusDays(op.day());
        SanctionMeasure.WarningForm form = op.code() % 2 == 0 ? SanctionMeasure.WarningForm.ORAL : SanctionMeasure.WarningForm.WRITTEN;
        switch (op.kind()) {
            case 0:
                return ledger.record(OffenceReport.builder().employee(e).date(day).recordedBy(manager).warningForm(form)
                        .offence(OffenceCode.values()[op.code()]).build());
            case 1:
                return ledger.record(OffenceReport.builder().employee(e).date(day).recordedBy(manager).warningForm(form)
                        .offence(UnscheduledOffence.values()[op.code() % UnscheduledOffence.values().length])
                        .severity(op.code() % 3 == 0 ? Severity.EFFECT_OR_LOSS : Severity.LIGHT).build());
            case 2:
                return ledger.recordSanction(e, Sanction.of(new SanctionMeasure.Fine(Money.yuan(op.code() + 1)),
                        new SanctionMeasure.PointDeduction(op.code() + 1)), AppraisalRules.CMP_12, "CMP-12 tier", day, mgr);
            case 3:
                return ledger.recordReward(e, RewardCode.values()[op.code() % 7], day, mgr);
            case 4:
                return ledger.record(OffenceReport.builder().employee(e).date(day).recordedBy(manager).warningForm(form)
                        .phoneAnsweredOnRing(1 + op.code() % 8).build());
            default:
                return ledger.record(OffenceReport.builder().employee(e).date(day).recordedBy(new Recorder(mgr, RecorderRole.OTHER))
                        .offence(OffenceCode.values()[op.code()]).warningForm(form).build());
        }
    }

    private static List<String> run(PenaltyLedger ledger, List<Op> ops) {
        List<String> out = new ArrayList<>();
        for (Op op : ops) {
            Decision<?> d = apply(ledger, op);
            out.add(d.outcome() + " | " + d.explain(Locale.SIMPLIFIED_CHINESE) + " | " + d.explain(Locale.ENGLISH));
        }
        return out;
    }

    @Property
    @Label("APR-9 APR-6 save, restore from the stored entries, continue: the same decisions as never restarting")
    void restore_equals_never_stopping(@ForAll("ops") List<Op> ops, @ForAll @IntRange(min = 0, max = 50) int split) {
        int k = Math.min(split, ops.size());
        PenaltyLedger straight = settings().build();
        List<String> expected = run(straight, ops);
        PenaltyLedger first = settings().build();
        List<String> actual = new ArrayList<>(run(first, ops.subList(0, k)));
        PenaltyLedger restored = settings().restore(List.copyOf(first.state()));
        actual.addAll(run(restored, ops.subList(k, ops.size())));
        assertThat(actual).isEqualTo(expected);
        assertThat(restored.state()).isEqualTo(straight.state());
    }

    @Property
    @Label("APR-9 a person is warned on the schedule exactly when no offence of theirs is recorded yet")
    void warning_iff_first_offender(@ForAll("ops") List<Op> ops) {
        PenaltyLedger ledger = settings().build();
        run(ledger, ops);
        List<LedgerEntry> all = ledger.entries();
        for (int i = 0; i < all.size(); i++) {
            LedgerEntry e = all.get(i);
            if (!e.rule().equals(AppraisalRules.APR_8) && !e.rule().equals(AppraisalRules.APR_9)) {
                continue;
            }
            boolean first = all.subList(0, i).stream().noneMatch(x -> x.isOffence() && x.employee().equals(e.employee()));
            boolean endsEmployment = OffenceCode.valueOf(e.code()).endsEmployment();
            assertThat(e.kind() == EntryKind.WARNING).isEqualTo(first && !endsEmployment);
        }
    }

    @Property
    @Label("APR-8 a month's statement equals the sum of its entries")
    void statement_is_sum(@ForAll("ops") List<Op> ops) {
        PenaltyLedger ledger = settings().build();
        run(ledger, ops);
        for (YearMonth m : List.of(YearMonth.of(2025, 6), YearMonth.of(2025, 7))) {
            ledger.statements(m).forEach((e, s) -> {
                List<LedgerEntry> mine = ledger.entries().stream().filter(x -> x.employee().equals(e) && YearMonth.from(x.date()).equals(m)).toList();
                assertThat(s.net()).isEqualTo(Money.sum(mine.stream().map(LedgerEntry::amount).toList()));
                assertThat(s.entries()).isEqualTo(mine.size());
                assertThat(s.rewards().minus(s.fines())).isEqualTo(s.net());
                assertThat(s.warnings()).isEqualTo((int) mine.stream().filter(x -> x.kind() == EntryKind.WARNING).count());
                assertThat(s.pointsDeducted()).isEqualTo(mine.stream().mapToLong(LedgerEntry::points).sum());
            });
        }
    }
}
