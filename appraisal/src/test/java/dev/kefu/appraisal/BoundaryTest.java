package dev.kefu.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.appraisal.ledger.OffenceCode;
import dev.kefu.appraisal.ledger.PenaltyLedger;
import dev.kefu.appraisal.ledger.RewardCode;
import dev.kefu.appraisal.rota.Roster;
import dev.kefu.appraisal.rota.Shift;
import dev.kefu.appraisal.rota.ShiftSlot;
import dev.kefu.appraisal.scoring.Band;
import dev.kefu.appraisal.scoring.Bands;
import dev.kefu.appraisal.scoring.MonthlyAppraisal;
import dev.kefu.appraisal.scoring.SourceWeights;
import dev.kefu.appraisal.training.TrainingPolicy;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.PolicyInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The edges of the appraisal module's settings. */
class BoundaryTest {

    @Test
    @DisplayName("APR-4 band thresholds may be 0 and 100 but not beyond; a score at a threshold is in the higher band")
    void bands() {
        assertThat(Bands.of(100, 0).bandOf(BigDecimal.valueOf(100))).isEqualTo(Band.EXCELLENT);
        assertThat(Bands.of(100, 0).bandOf(BigDecimal.ZERO)).isEqualTo(Band.QUALIFIED);
        assertThat(Bands.of(61, 60).bandOf(new BigDecimal("60.00"))).isEqualTo(Band.QUALIFIED);
        assertThatThrownBy(() -> Bands.of(60, 60)).hasMessageContaining("excellentFrom");
        assertThatThrownBy(() -> new Bands(null, BigDecimal.ONE)).hasMessageContaining("excellentFrom");
        assertThatThrownBy(() -> new Bands(BigDecimal.TEN, null)).hasMessageContaining("qualifiedFrom");
        assertThatThrownBy(() -> new SourceWeights(Share.ALL, null, Share.ZERO)).hasMessageContaining("customers");
        assertThat(MonthlyAppraisal.builder().weights(new SourceWeights(Share.ALL, Share.ZERO, Share.ZERO)).bands(Bands.of(90, 60))
                .unqualifiedLadder(2, 2).build()).isNotNull();
        assertThatThrownBy(() -> MonthlyAppraisal.builder().weights(new SourceWeights(Share.ALL, Share.ZERO, Share.ZERO))
                .bands(Bands.of(90, 60)).unqualifiedLadder(3, 2).build()).hasMessageContaining("unqualifiedLadder");
    }

    @Test
    @DisplayName("APR-6 APR-9 APR-13 the smallest accepted settings")
    void smallest_settings() {
        assertThat(PenaltyLedger.create(2, Optional.of(Period.ofDays(1)))).isNotNull();
        assertThatThrownBy(() -> PenaltyLedger.create(2, null)).hasMessageContaining("lookBack");
        assertThat(TrainingPolicy.of(1, 1)).isNotNull();
        PenaltyLedger twice = PenaltyLedger.create(2, Optional.empty());
        EmployeeId e = EmployeeId.of("e");
        twice.recordOffence(e, OffenceCode.MESSY_HAIR, LocalDate.of(2025, 6, 1), e);
        assertThat(twice.recordOffence(e, OffenceCode.MESSY_HAIR, LocalDate.of(2025, 6, 2), e).outcome().sanction().orElseThrow()
                .find(dev.kefu.core.discipline.SanctionMeasure.Transfer.class)).isPresent();
        assertThat(twice.recordOffence(e, OffenceCode.AGREEMENT_LOST, LocalDate.of(2025, 5, 1), e).outcome().kind())
                .as("an earlier day does not see later offences").isEqualTo(dev.kefu.appraisal.ledger.EntryKind.WARNING);
        assertThat(RewardCode.SUGGESTION.amount()).contains(Money.yuan(20));
        assertThat(RewardCode.OUTSTANDING_HANDLING.amount()).isEmpty();
    }

    @Test
    @DisplayName("APR-12 roster queries and shift slots")
    void roster() {
        EmployeeId a = EmployeeId.of("a");
        Roster r = Roster.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2), List.of(
                new Shift(a, LocalDate.of(2025, 6, 2), ShiftSlot.EARLY), new Shift(a, LocalDate.of(2025, 6, 1), ShiftSlot.LATE),
                new Shift(EmployeeId.of("b"), LocalDate.of(2025, 6, 1), ShiftSlot.EARLY)));
        assertThat(r.first()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(r.last()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(r.shiftsOf(a)).extracting(Shift::date).containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2));
        assertThat(r.shifts().get(0).slot()).isEqualTo(ShiftSlot.EARLY);
        assertThat(r.covers(LocalDate.of(2025, 6, 3))).isFalse();
        assertThatThrownBy(() -> new ShiftSlot("X", LocalTime.NOON, LocalTime.of(11, 0))).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("end");
        assertThatThrownBy(() -> Roster.of(null, LocalDate.of(2025, 6, 1), null)).hasMessageContaining("first").hasMessageContaining("shifts");
    }
}
