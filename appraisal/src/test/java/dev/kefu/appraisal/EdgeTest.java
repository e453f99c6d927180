package dev.kefu.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.appraisal.conduct.DeskEvent;
import dev.kefu.appraisal.conduct.LeavingPostPolicy;
import dev.kefu.appraisal.conduct.Outing;
import dev.kefu.appraisal.ledger.EntryKind;
import dev.kefu.appraisal.ledger.LedgerEntry;
import dev.kefu.appraisal.ledger.OffenceCode;
import dev.kefu.appraisal.ledger.OffenceReport;
import dev.kefu.appraisal.ledger.PenaltyLedger;
import dev.kefu.appraisal.ledger.Recorder;
import dev.kefu.appraisal.ledger.RingOutcome;
import dev.kefu.appraisal.ledger.Severity;
import dev.kefu.appraisal.ledger.UnscheduledOffence;
import dev.kefu.appraisal.rota.Roster;
import dev.kefu.appraisal.rota.Shift;
import dev.kefu.appraisal.rota.ShiftSlot;
import dev.kefu.appraisal.rota.ShiftSwapPolicy;
import dev.kefu.appraisal.rota.Signature;
import dev.kefu.appraisal.rota.SignerRole;
import dev.kefu.appraisal.rota.SwapRequest;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Boundaries of the amended rules. */
class EdgeTest {

    static final EmployeeId A = EmployeeId.of("A");
    static final EmployeeId B = EmployeeId.of("B");
    static final Recorder MGR = Recorder.customerServiceManager(EmployeeId.of("mgr"));
    static final LocalDate DAY = LocalDate.of(2025, 6, 10);

    @Test
    @DisplayName("CMP-11 APR-8 phone-ring ladder boundaries: ring 3 misses the target, 4 is the first offence, 6 the first apology")
    void ring_boundaries() {
        assertThat(RingOutcome.ofRing(3)).isEqualTo(RingOutcome.MISSED_TARGET);
        assertThat(RingOutcome.ofRing(4)).isEqualTo(RingOutcome.OFFENCE);
        assertThat(RingOutcome.ofRing(6)).isEqualTo(RingOutcome.OFFENCE_WITH_APOLOGY);
        assertThat(RingOutcome.ofRing(Integer.MAX_VALUE)).isEqualTo(RingOutcome.OFFENCE_WITH_APOLOGY);
        assertThat(RingOutcome.MISSED_TARGET.isOffence()).isFalse();
        assertThat(RingOutcome.OFFENCE.isOffence()).isTrue();
        assertThat(RingOutcome.OFFENCE_WITH_APOLOGY.isOffence()).isTrue();
        assertThat(RingOutcome.MEETS_TARGET.isOffence()).isFalse();
    }

    @Test
    @DisplayName("APR-6 the transfer comes exactly when the count is reached, not one earlier")
    void transfer_boundary() {
        PenaltyLedger l = PenaltyLedger.builder().transferAfterOffences(4).build();
        for (int i = 0; i < 4; i++) {
            LedgerEntry e = l.record(OffenceReport.builder().employee(A).offence(OffenceCode.MESSY_HAIR).date(DAY.plusDays(i)).recordedBy(MGR)
                    .warningForm(SanctionMeasure.WarningForm.ORAL).build()).outcome().entry().orElseThrow();
            assertThat(e.sanction().orElseThrow().find(SanctionMeasure.Transfer.class).isPresent()).as("offence " + (i + 1)).isEqualTo(i == 3);
        }
        assertThat(PenaltyLedger.builder().transferAfterOffences(4).restore(l.state()).entries()).hasSize(4);
    }

    @Test
    @DisplayName("APR-6 APR-14 an APR-6 fine entry is checked on restore: its transfer and its amount")
    void ladder_restore_checks() {
        PenaltyLedger l = PenaltyLedger.builder().transferAfterOffences(2).ladderFine(Money.yuan(30)).build();
        OffenceReport light = OffenceReport.builder().employee(A).offence(UnscheduledOffence.LATENESS).severity(Severity.LIGHT).date(DAY)
                .recordedBy(MGR).warningForm(SanctionMeasure.WarningForm.WRITTEN).build();
        LedgerEntry w = l.record(light).outcome().entry().orElseThrow();
        LedgerEntry f = l.record(light).outcome().entry().orElseThrow();
        assertThat(w.kind()).isEqualTo(EntryKind.WARNING);
        assertThat(f.sanction().orElseThrow().find(SanctionMeasure.Transfer.class)).isPresent();
        PenaltyLedger.Builder b = PenaltyLedger.builder().transferAfterOffences(2);
        assertThat(b.restore(List.of(w, f)).entries()).hasSize(2);
        LedgerEntry noTransfer = new LedgerEntry(2, A, DAY, EntryKind.PENALTY, f.code(), Money.yuan(-30), 0,
                Optional.of(dev.kefu.core.discipline.Sanction.of(new SanctionMeasure.Fine(Money.yuan(30)))), AppraisalRules.APR_6, f.recordedBy());
        assertThatThrownBy(() -> b.restore(List.of(w, noTransfer))).hasMessageContaining("entries[1]");
        LedgerEntry warnedTwice = new LedgerEntry(2, A, DAY, EntryKind.WARNING, w.code(), Money.ZERO, 0, w.sanction(), AppraisalRules.APR_6, w.recordedBy());
        assertThatThrownBy(() -> b.restore(List.of(w, warnedTwice))).hasMessageContaining("entries[1]");
        LedgerEntry unknown = new LedgerEntry(1, A, DAY, EntryKind.WARNING, "NOPE", Money.ZERO, 0, w.sanction(), AppraisalRules.APR_6, w.recordedBy());
        assertThatThrownBy(() -> b.restore(List.of(unknown))).hasMessageContaining("entries[0]");
        LedgerEntry strayRule = new LedgerEntry(1, A, DAY, EntryKind.WARNING, "X", Money.ZERO, 0, w.sanction(), AppraisalRules.APR_12, w.recordedBy());
        assertThatThrownBy(() -> b.restore(List.of(strayRule))).hasMessageContaining("entries[0]");
    }

    @Test
    @DisplayName("APR-12 (e) rest exactly equal to the configured minimum is not 連班")
    void rest_boundary() {
        Roster r = Roster.of(DAY.minusDays(1), DAY.plusDays(3), List.of(new Shift(A, DAY, ShiftSlot.EARLY), new Shift(B, DAY.plusDays(2), ShiftSlot.LATE),
                new Shift(B, DAY.minusDays(1), ShiftSlot.LATE)));
        SwapRequest req = SwapRequest.builder().requester(A).counterpart(B).swap(DAY, ShiftSlot.EARLY).payBack(DAY.plusDays(2), ShiftSlot.LATE)
                .requesterConsents().counterpartConsents().signedBy(new Signature(EmployeeId.of("m"), SignerRole.DEPARTMENT_MANAGER)).build();
        ShiftSwapPolicy ten = ShiftSwapPolicy.builder().calendar(BusinessCalendar.chinaOfficial()).minimumRest(Duration.ofHours(10)).build();
        assertThat(ten.check(req, r, List.of(), Set.of()).outcome().approved()).as("22:00 to 08:00 is exactly 10 hours").isTrue();
        ShiftSwapPolicy more = ShiftSwapPolicy.builder().calendar(BusinessCalendar.chinaOfficial()).minimumRest(Duration.ofMinutes(601)).build();
        assertThat(more.check(req, r, List.of(), Set.of()).outcome().approved()).isFalse();
        ShiftSwapPolicy zero = ShiftSwapPolicy.builder().calendar(BusinessCalendar.chinaOfficial()).minimumRest(Duration.ZERO).build();
        assertThat(zero.check(req, r, List.of(), Set.of()).outcome().approved()).isTrue();
        assertThat(ShiftSwapPolicy.builder().calendar(BusinessCalendar.chinaOfficial()).monthlyLimit(1).build().toString()).contains("1 a month");
    }

    @Test
    @DisplayName("APR-15 an outing exactly at the limit is within it")
    void limit_boundary() {
        Instant t = Instant.parse("2025-06-10T01:00:00Z");
        List<Outing> o = LeavingPostPolicy.outings(List.of(DeskEvent.left(A, t), DeskEvent.returned(A, t.plusSeconds(900))), t.minusSeconds(3600),
                t.plusSeconds(7200));
        LeavingPostPolicy p = LeavingPostPolicy.builder().timeLimit(Duration.ofMinutes(15)).build();
        assertThat(p.check(o, Set.copyOf(o), Set.of()).outcome()).isEmpty();
        assertThat(LeavingPostPolicy.builder().timeLimit(Duration.ofMinutes(14)).build().check(o, Set.copyOf(o), Set.of()).outcome()).hasSize(1);
        assertThat(LeavingPostPolicy.outings(List.of(DeskEvent.left(A, t), DeskEvent.returned(A, t.plusSeconds(60))), t.plusSeconds(60),
                t.plusSeconds(120))).as("an outing outside the period is not counted").isEmpty();
    }
}
