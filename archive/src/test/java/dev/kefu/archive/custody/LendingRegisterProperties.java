package dev.kefu.archive.custody;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LendingRegisterProperties {

    private static final EmployeeId[] KEEPERS = {EmployeeId.of("k0"), EmployeeId.of("k1"), EmployeeId.of("k2")};
    private static final Instant T0 = Instant.parse("2025-06-02T02:00:00Z");

    private static LendingRegister.Builder settings() {
        return LendingRegister.builder().custodian(KEEPERS[0]).loanPeriod(Period.ofDays(7));
    }

    /** Applies one generated operation; returns the new register, or the same one when the move was refused. */
    private static LendingRegister apply(LendingRegister r, int op, int step, List<Boolean> refused) {
        CustomerId archive = CustomerId.of("C" + (op / 5) % 4);
        EmployeeId other = EmployeeId.of("rep" + (op / 20) % 3);
        Instant at = T0.plusSeconds(3600L * step - ((op % 7 == 6) ? 7200 : 0));
        try {
            LendingRegister next;
            switch (op % 5) {
                case 0:
                    next = r.receive(archive, other, at, r.custodian());
                    break;
                case 1:
                    next = r.lend(archive, other, at, r.custodian());
                    break;
                case 2:
                    next = r.giveBack(archive, at, r.custodian());
                    break;
                case 3:
                    next = r.transferCustody(KEEPERS[(op / 5) % 3], at, r.custodian());
                    break;
                default:
                    next = r.lend(archive, other, at, other);
            }
            refused.add(false);
            return next;
        } catch (PolicyInputException e) {
            refused.add(true);
            return r;
        }
    }

    @Property
    @Label("ARC-12 issue 14: save → restore → continue registers exactly what never stopping registers")
    void save_restore_continue(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 999) Integer> ops,
                               @ForAll @IntRange(min = 0, max = 40) int cut) {
        int stop = Math.min(cut, ops.size());
        List<Boolean> straightRefused = new ArrayList<>();
        LendingRegister straight = settings().build();
        for (int i = 0; i < ops.size(); i++) {
            straight = apply(straight, ops.get(i), i, straightRefused);
        }
        List<Boolean> resumedRefused = new ArrayList<>();
        LendingRegister first = settings().build();
        for (int i = 0; i < stop; i++) {
            first = apply(first, ops.get(i), i, resumedRefused);
        }
        LendingRegister.State stored = new LendingRegister.State(first.state().firstCustodian(), new ArrayList<>(first.state().moves()));
        LendingRegister resumed = settings().restore(stored);
        for (int i = stop; i < ops.size(); i++) {
            resumed = apply(resumed, ops.get(i), i, resumedRefused);
        }
        assertThat(resumedRefused).isEqualTo(straightRefused);
        assertThat(resumed.moves()).isEqualTo(straight.moves());
        assertThat(resumed.custodian()).isEqualTo(straight.custodian());
        for (int a = 0; a < 4; a++) {
            CustomerId id = CustomerId.of("C" + a);
            assertThat(resumed.loanOf(id)).isEqualTo(straight.loanOf(id));
            assertThat(resumed.isReceived(id)).isEqualTo(straight.isReceived(id));
        }
        assertThat(resumed.overdue(T0.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(30)))
                .isEqualTo(straight.overdue(T0.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(30)));
    }

    @Property
    @Label("ARC-12 issue 18: a restored register holds exactly the stored moves or is refused, never rewritten; an edited return is refused")
    void tamper_detected(@ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 999) Integer> ops,
                         @ForAll @IntRange(min = 0, max = 29) int victim) {
        LendingRegister r = settings().build();
        List<Boolean> refused = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            r = apply(r, ops.get(i), i, refused);
        }
        List<CustodyMove> moves = new ArrayList<>(r.moves());
        assertThat(settings().restore(r.state()).moves()).isEqualTo(moves);
        if (moves.isEmpty()) {
            return;
        }
        int k = victim % moves.size();
        CustodyMove m = moves.get(k);
        moves.set(k, new CustodyMove(m.kind(), m.archive(), m.actor(), EmployeeId.of("intruder"), m.at(), m.due()));
        try {
            assertThat(settings().restore(new LendingRegister.State(KEEPERS[0], moves)).moves()).isEqualTo(moves);
            assertThat(m.kind()).isNotEqualTo(CustodyMove.Kind.RETURNED);
        } catch (PolicyInputException refusedAsTampered) {
            assertThat(refusedAsTampered.getMessage()).contains("moves[");
        }
    }
}
