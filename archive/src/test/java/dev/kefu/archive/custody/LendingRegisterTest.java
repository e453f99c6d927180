package dev.kefu.archive.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LendingRegisterTest {

    private static final EmployeeId KEEPER = EmployeeId.of("archivist-1");
    private static final EmployeeId REP = EmployeeId.of("rep-7");
    private static final EmployeeId OTHER = EmployeeId.of("rep-9");
    private static final CustomerId C1 = CustomerId.of("C1");
    private static final CustomerId C2 = CustomerId.of("C2");
    private static final Instant T0 = Instant.parse("2025-06-02T02:00:00Z");

    private static LendingRegister weekly() {
        return LendingRegister.builder().custodian(KEEPER).loanPeriod(Period.ofDays(7)).build();
    }

    @Test
    @DisplayName("ARC-12 audit: receiving (接收) an archive is a register move, and receiving it twice is refused")
    void audit_receiving_is_registered() {
        LendingRegister r = weekly().receive(C1, REP, T0, KEEPER);
        assertThat(r.moves()).extracting(CustodyMove::kind).containsExactly(CustodyMove.Kind.RECEIVED);
        assertThat(r.moves().get(0).counterpart()).isEqualTo(REP);
        assertThat(r.isReceived(C1)).isTrue();
        assertThat(r.isReceived(C2)).isFalse();
        assertThat(r.isReceived(null)).isFalse();
        assertThatThrownBy(() -> r.receive(C1, REP, T0.plusSeconds(1), KEEPER)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("already in custody");
        LendingRegister out = weekly().lend(C2, REP, T0, KEEPER);
        assertThatThrownBy(() -> out.receive(C2, REP, T0.plusSeconds(1), KEEPER)).hasMessageContaining("already in custody");
        assertThatThrownBy(() -> r.receive(null, null, null, null)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("archive").hasMessageContaining("from").hasMessageContaining("at").hasMessageContaining("actor");
        assertThatThrownBy(() -> r.receive(C2, REP, T0.plusSeconds(1), REP)).hasMessageContaining("only the custodian");
    }

    @Test
    @DisplayName("ARC-12 the loan period is required configuration (Open values): build() names it; lending with it sets the due date")
    void loan_period_required() {
        assertThatThrownBy(() -> LendingRegister.builder().custodian(KEEPER).build()).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("loanPeriod").hasMessageContaining("no default").hasMessageContaining("ARC-12");
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> LendingRegister.builder().loanPeriod(Period.ZERO).zone(null).build());
        assertThat(e.violations()).extracting(v -> v.path()).containsExactlyInAnyOrder("custodian", "zone", "loanPeriod");
        assertThatThrownBy(() -> LendingRegister.builder().custodian(KEEPER).loanPeriod(Period.of(0, 1, -2)).build())
                .hasMessageContaining("loanPeriod");
        LendingRegister r = weekly().lend(C1, REP, Instant.parse("2025-06-02T17:00:00Z"), KEEPER);
        // 2025-06-03 01:00 in Shanghai: due seven days later
        assertThat(r.loanOf(C1).orElseThrow().due()).contains(LocalDate.of(2025, 6, 10));
        assertThat(r.loanPeriod()).contains(Period.ofDays(7));
        LendingRegister utc = LendingRegister.builder().custodian(KEEPER).loanPeriod(Period.ofMonths(1)).zone(ZoneId.of("UTC")).build()
                .lend(C1, REP, Instant.parse("2025-01-31T17:00:00Z"), KEEPER);
        assertThat(utc.loanOf(C1).orElseThrow().due()).contains(LocalDate.of(2025, 2, 28));
        assertThatThrownBy(() -> LendingRegister.keptBy(KEEPER).lend(C1, REP, T0, KEEPER)).hasMessageContaining("loanPeriod");
        assertThat(LendingRegister.keptBy(KEEPER).loanPeriod()).isEmpty();
    }

    @Test
    @DisplayName("ARC-12 a return date set by the custodian may not exceed the configured loan period")
    void due_within_period() {
        assertThatThrownBy(() -> weekly().lend(C1, REP, T0, LocalDate.of(2025, 6, 10), KEEPER)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("2025-06-09");
        assertThat(weekly().lend(C1, REP, T0, LocalDate.of(2025, 6, 9), KEEPER).isOut(C1)).isTrue();
        assertThatThrownBy(() -> weekly().lend(C1, REP, null, KEEPER)).hasMessageContaining("at");
    }

    @Test
    @DisplayName("ARC-12 issue 18 / bad-input #16: a stored RETURNED move naming a different borrower is refused, not rewritten")
    void restore_rejects_tampered_borrower() {
        LendingRegister r = LendingRegister.keptBy(KEEPER).lend(C1, REP, T0, LocalDate.of(2025, 6, 9), KEEPER)
                .giveBack(C1, T0.plusSeconds(60), KEEPER);
        List<CustodyMove> stored = new ArrayList<>(r.moves());
        CustodyMove ret = stored.get(1);
        stored.set(1, new CustodyMove(ret.kind(), ret.archive(), ret.actor(), OTHER, ret.at(), ret.due()));
        assertThatThrownBy(() -> LendingRegister.restore(KEEPER, stored)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("moves[1]").hasMessageContaining("tampered");
        assertThat(LendingRegister.restore(KEEPER, r.moves()).moves()).isEqualTo(r.moves());
    }

    @Test
    @DisplayName("ARC-12 issue 18 / bad-input #15: a stored CUSTODY_TRANSFERRED move naming an archive is refused")
    void restore_rejects_transfer_with_archive() {
        assertThatThrownBy(() -> new CustodyMove(CustodyMove.Kind.CUSTODY_TRANSFERRED, Optional.of(C1), KEEPER, OTHER, T0, Optional.empty()))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("archive");
        assertThatThrownBy(() -> new CustodyMove(CustodyMove.Kind.LENT, Optional.of(C1), KEEPER, OTHER, T0, Optional.empty()))
                .hasMessageContaining("due");
        assertThatThrownBy(() -> new CustodyMove(CustodyMove.Kind.RETURNED, Optional.empty(), KEEPER, OTHER, T0, Optional.of(LocalDate.MAX)))
                .hasMessageContaining("archive").hasMessageContaining("due");
    }

    @Test
    @DisplayName("ARC-12 issue 18: restoring refuses a move dated before the last, a wrong actor, or a move that cannot happen")
    void restore_rejects_inconsistent() {
        CustodyMove lend = new CustodyMove(CustodyMove.Kind.LENT, Optional.of(C1), KEEPER, REP, T0, Optional.of(LocalDate.of(2025, 6, 9)));
        CustodyMove early = new CustodyMove(CustodyMove.Kind.RETURNED, Optional.of(C1), KEEPER, REP, T0.minusSeconds(1), Optional.empty());
        assertThatThrownBy(() -> LendingRegister.restore(KEEPER, List.of(lend, early))).hasMessageContaining("moves[1]");
        CustodyMove returnNeverLent = new CustodyMove(CustodyMove.Kind.RETURNED, Optional.of(C2), KEEPER, REP, T0, Optional.empty());
        assertThatThrownBy(() -> LendingRegister.restore(KEEPER, List.of(returnNeverLent))).hasMessageContaining("moves[0]");
        CustodyMove byRep = new CustodyMove(CustodyMove.Kind.LENT, Optional.of(C1), REP, REP, T0, Optional.of(LocalDate.of(2025, 6, 9)));
        assertThatThrownBy(() -> LendingRegister.restore(KEEPER, List.of(byRep))).hasMessageContaining("moves[0]");
        assertThat(weekly().lend(C1, REP, T0, KEEPER).state().moves()).hasSize(1);
        LendingRegister.State tooLong = new LendingRegister.State(KEEPER, List.of(new CustodyMove(CustodyMove.Kind.LENT, Optional.of(C1), KEEPER,
                REP, T0, Optional.of(LocalDate.of(2025, 7, 1)))));
        assertThatThrownBy(() -> LendingRegister.builder().loanPeriod(Period.ofDays(7)).restore(tooLong)).hasMessageContaining("moves[0]");
        assertThat(LendingRegister.restore(tooLong).isOut(C1)).isTrue();
    }

    @Test
    @DisplayName("ARC-12 bad-input #121 #122: a null stored move or a move with every field null is a PolicyInputException")
    void restore_null_moves() {
        assertThatThrownBy(() -> LendingRegister.restore(KEEPER, Arrays.asList((CustodyMove) null))).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("moves[0]");
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> new CustodyMove(null, null, null, null, null, null));
        assertThat(e.violations()).hasSize(6);
        assertThatThrownBy(() -> LendingRegister.restore(null, null)).hasMessageContaining("firstCustodian").hasMessageContaining("moves");
        assertThatThrownBy(() -> LendingRegister.restore((LendingRegister.State) null)).hasMessageContaining("state");
        assertThatThrownBy(() -> LendingRegister.builder().restore(null)).hasMessageContaining("state");
    }

    @Test
    @DisplayName("ARC-12 issue 14: state() restores to an equal register that goes on the same way")
    void state_round_trip() {
        LendingRegister r = weekly().receive(C1, REP, T0, KEEPER).lend(C1, REP, T0.plusSeconds(10), KEEPER)
                .transferCustody(OTHER, T0.plusSeconds(20), KEEPER);
        LendingRegister.State s = r.state();
        assertThat(s.firstCustodian()).isEqualTo(KEEPER);
        LendingRegister back = LendingRegister.builder().loanPeriod(Period.ofDays(7)).restore(s);
        assertThat(back.moves()).isEqualTo(r.moves());
        assertThat(back.custodian()).isEqualTo(OTHER);
        assertThat(back.giveBack(C1, T0.plusSeconds(30), OTHER).moves()).isEqualTo(r.giveBack(C1, T0.plusSeconds(30), OTHER).moves());
        assertThat(back.isReceived(C1)).isTrue();
        assertThat(back.loanOf(null)).isEmpty();
        assertThat(back.isOut(null)).isFalse();
    }
}
