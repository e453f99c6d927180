package dev.kefu.appraisal.rota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SwapRegisterProperties {

    static final ShiftSwapPolicy POLICY = ShiftSwapPolicy.regulation(BusinessCalendar.chinaOfficial());
    static final LocalDate FIRST = LocalDate.of(2025, 9, 1);
    static final List<EmployeeId> STAFF = List.of(EmployeeId.of("a"), EmployeeId.of("b"), EmployeeId.of("c"), EmployeeId.of("d"));

    /** Staff a and b work EARLY, c and d LATE, every day of September and October 2025. */
    static final Roster ROSTER = roster();

    static Roster roster() {
        List<Shift> shifts = new ArrayList<>();
        for (LocalDate d = FIRST; d.isBefore(FIRST.plusMonths(2)); d = d.plusDays(1)) {
            for (int i = 0; i < STAFF.size(); i++) {
                shifts.add(new Shift(STAFF.get(i), d, i < 2 ? ShiftSlot.EARLY : ShiftSlot.LATE));
            }
        }
        return Roster.of(FIRST, FIRST.plusMonths(2).minusDays(1), shifts);
    }

    record Ask(int requester, int counterpart, int swapDay, int payBackDay, boolean signed) {
    }

    @Provide
    Arbitrary<List<Ask>> asks() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59), Arbitraries.of(true, true, false))
                .as(Ask::new).filter(a -> a.requester() != a.counterpart()).list().ofMaxSize(25);
    }

    static SwapRequest request(Ask a) {
        EmployeeId r = STAFF.get(a.requester());
        EmployeeId c = STAFF.get(a.counterpart());
        SwapRequest.Builder b = SwapRequest.builder().requester(r).counterpart(c)
                .swap(FIRST.plusDays(a.swapDay()), a.requester() < 2 ? ShiftSlot.EARLY : ShiftSlot.LATE)
                .payBack(FIRST.plusDays(a.payBackDay()), a.counterpart() < 2 ? ShiftSlot.EARLY : ShiftSlot.LATE)
                .requesterConsents().counterpartConsents();
        if (a.signed()) {
            b.signedBy(new Signature(EmployeeId.of("mgr"), SignerRole.DEPARTMENT_MANAGER));
        }
        return b.build();
    }

    static List<String> run(SwapRegister reg, List<Ask> asks) {
        List<String> out = new ArrayList<>();
        for (Ask a : asks) {
            Decision<SwapVerdict> d = reg.submit(POLICY, request(a), ROSTER, Set.of());
            out.add(d.outcome() + " | " + d.explain(Locale.ENGLISH) + " | " + d.explain(Locale.SIMPLIFIED_CHINESE));
        }
        return out;
    }

    @Property
    @Label("APR-12 swap register: save, restore from the stored records, continue equals never stopping")
    void restore_equals_never_stopping(@ForAll("asks") List<Ask> asks, @ForAll @IntRange(min = 0, max = 25) int split) {
        int k = Math.min(split, asks.size());
        SwapRegister straight = SwapRegister.empty();
        List<String> expected = run(straight, asks);
        SwapRegister first = SwapRegister.empty();
        List<String> actual = new ArrayList<>(run(first, asks.subList(0, k)));
        SwapRegister restored = SwapRegister.restore(first.state());
        actual.addAll(run(restored, asks.subList(k, asks.size())));
        assertThat(actual).isEqualTo(expected);
        assertThat(restored.state()).isEqualTo(straight.state());
    }

    @Property
    @Label("APR-12 no approved swap leaves anyone with more than 3 swaps in the month of the shift it moves")
    void monthly_limit_holds(@ForAll("asks") List<Ask> asks) {
        SwapRegister reg = SwapRegister.empty();
        run(reg, asks);
        for (EmployeeId e : STAFF) {
            for (int m = 9; m <= 10; m++) {
                int month = m;
                long n = reg.state().stream().filter(r -> r.involves(e) && r.swapDate().getMonthValue() == month).count();
                assertThat(n).isLessThanOrEqualTo(3);
            }
        }
    }
}
