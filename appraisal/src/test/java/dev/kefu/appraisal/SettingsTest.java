package dev.kefu.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.appraisal.ledger.EntryKind;
import dev.kefu.appraisal.ledger.LedgerEntry;
import dev.kefu.appraisal.ledger.OffenceCode;
import dev.kefu.appraisal.rota.LeaveRequest;
import dev.kefu.appraisal.rota.Roster;
import dev.kefu.appraisal.rota.Shift;
import dev.kefu.appraisal.rota.ShiftSlot;
import dev.kefu.appraisal.rota.ShiftSwapPolicy;
import dev.kefu.appraisal.rota.Signature;
import dev.kefu.appraisal.rota.SignerRole;
import dev.kefu.appraisal.rota.SwapRegister;
import dev.kefu.appraisal.rota.SwapRequest;
import dev.kefu.appraisal.rota.SwapRule;
import dev.kefu.appraisal.scoring.Outcome;
import dev.kefu.appraisal.scoring.UnqualifiedLadder;
import dev.kefu.appraisal.training.HiringCheck;
import dev.kefu.appraisal.training.NewHireRecord;
import dev.kefu.appraisal.training.TrainingPolicy;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.PolicyInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The smallest accepted values and the refused ones next to them. */
class SettingsTest {

    static final EmployeeId A = EmployeeId.of("A");
    static final LocalDate DAY = LocalDate.of(2025, 6, 10);

    @Test
    @DisplayName("APR-4 a host ladder: steps from month 1, each one of the three measures, no month twice")
    void ladder_settings() {
        assertThat(UnqualifiedLadder.builder().fromMonth(1, Outcome.TRANSFER).build().measureFor(1)).isEqualTo(Outcome.TRANSFER);
        assertThatThrownBy(() -> UnqualifiedLadder.builder().fromMonth(0, Outcome.TRANSFER).build()).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> UnqualifiedLadder.builder().fromMonth(1, null).build()).hasMessageContaining("measure");
        assertThatThrownBy(() -> UnqualifiedLadder.builder().fromMonth(1, Outcome.NONE).build()).hasMessageContaining("measure");
        assertThatThrownBy(() -> UnqualifiedLadder.builder().fromMonth(1, Outcome.TRANSFER).fromMonth(1, Outcome.TRANSFER).build())
                .hasMessageContaining("fromMonth");
        assertThatThrownBy(() -> UnqualifiedLadder.builder().build()).hasMessageContaining("fromMonth");
        assertThat(UnqualifiedLadder.builder().fromMonth(1, Outcome.ADMONISHING_TALK).fromMonth(3, Outcome.TRANSFER).build().measureFor(2))
                .isEqualTo(Outcome.ADMONISHING_TALK);
    }

    @Test
    @DisplayName("APR-13 APR-20 zero is the least count accepted; 1 the least typing speed")
    void least_counts() {
        assertThat(new TrainingPolicy.NewHire(A, DAY, 0, Optional.empty()).trainingDays()).isZero();
        assertThat(new NewHireRecord(A, DAY, Optional.empty(), 0, true, true).wubiCharsPerMinute()).isZero();
        assertThat(HiringCheck.wubiCharsPerMinute(1).check(new NewHireRecord(A, DAY, Optional.of(DAY), 1, true, true)).outcome()).isEmpty();
        assertThat(HiringCheck.regulation().check(new NewHireRecord(A, DAY, Optional.of(DAY), 81, true, true)).outcome()).isEmpty();
    }

    @Test
    @DisplayName("APR-8 a reward is no offence; only the three expulsion items end the employment")
    void entry_kinds() {
        LedgerEntry reward = new LedgerEntry(1, A, DAY, EntryKind.REWARD, "SUGGESTION", Money.yuan(20), 0, Optional.empty(), AppraisalRules.APR_7, A);
        assertThat(reward.isOffence()).isFalse();
        long ending = java.util.Arrays.stream(OffenceCode.values()).filter(OffenceCode::endsEmployment).count();
        assertThat(ending).isEqualTo(3);
        @SuppressWarnings("deprecation")
        boolean hair = OffenceCode.MESSY_HAIR.isDismissalOffence();
        assertThat(hair).isFalse();
        assertThat(OffenceCode.MESSY_HAIR.yuan()).isEqualTo(20);
        assertThat(dev.kefu.appraisal.ledger.RewardCode.PRAISE_LETTER.rule()).isEqualTo("APR-7");
    }

    @Test
    @DisplayName("APR-12 a request without the requester's consent is refused; signatures, leave requests and the register check their input")
    void swap_inputs() {
        Roster r = Roster.of(DAY, DAY.plusDays(5), List.of(new Shift(A, DAY, ShiftSlot.EARLY), new Shift(EmployeeId.of("B"), DAY.plusDays(2), ShiftSlot.LATE)));
        SwapRequest noConsent = SwapRequest.builder().requester(A).counterpart(EmployeeId.of("B")).swap(DAY, ShiftSlot.EARLY)
                .payBack(DAY.plusDays(2), ShiftSlot.LATE).counterpartConsents()
                .signedBy(new Signature(EmployeeId.of("m"), SignerRole.DEPARTMENT_MANAGER)).build();
        assertThat(noConsent.requesterConsents()).isFalse();
        assertThat(noConsent.counterpartConsents()).isTrue();
        ShiftSwapPolicy p = ShiftSwapPolicy.regulation(BusinessCalendar.chinaOfficial());
        assertThat(p.check(noConsent, r, List.of(), Set.of()).outcome().broken()).containsExactly(SwapRule.CONSENT);
        assertThatThrownBy(() -> new Signature(null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new LeaveRequest(null, null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> LeaveRequest.unapproved(A, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> SwapRegister.empty().submit(null, noConsent, r, Set.of())).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> ShiftSwapPolicy.regulation(null)).hasMessageContaining("calendar");
        assertThatThrownBy(() -> ShiftSwapPolicy.builder().calendar(BusinessCalendar.chinaOfficial()).minimumRest(null).build())
                .hasMessageContaining("minimumRest");
        assertThatThrownBy(() -> TrainingPolicy.regulation(0)).hasMessageContaining("monthlyMinimum");
    }
}
