package dev.kefu.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.appraisal.ledger.OffenceCode;
import dev.kefu.appraisal.ledger.OffenceReport;
import dev.kefu.appraisal.ledger.Recorder;
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
        assertThat(MonthlyAppraisal.builder().scheme(dev.kefu.appraisal.scoring.MonthlyAppraisalTestAccess.scheme())
                .weights(new SourceWeights(Share.ALL, Share.ZERO, Share.ZERO)).bands(Bands.of(90, 60)).build()).isNotNull();
    }

    @Test
    @DisplayName("APR-6 APR-9 APR-13 the smallest accepted settings")
    void smallest_settings() {
        assertThat(PenaltyLedger.builder().transferAfterOffences(2).lookBack(Period.ofDays(1)).build()).isNotNull();
        assertThatThrownBy(() -> PenaltyLedger.builder().transferAfterOffences(2).lookBack(null).build()).hasMessageContaining("lookBack");
        assertThat(TrainingPolicy.of(1, 1)).isNotNull();
        PenaltyLedger twice = PenaltyLedger.builder().transferAfterOffences(2).build();
        EmployeeId e = EmployeeId.of("e");
        Recorder m = Recorder.customerServiceManager(e);
        twice.record(OffenceReport.builder().employee(e).offence(OffenceCode.MESSY_HAIR).date(LocalDate.of(2025, 6, 1)).recordedBy(m)
                .warningForm(dev.kefu.core.discipline.SanctionMeasure.WarningForm.ORAL).build());
        assertThat(twice.record(OffenceReport.builder().employee(e).offence(OffenceCode.MESSY_HAIR).date(LocalDate.of(2025, 6, 2))
                .recordedBy(m).build()).outcome().entry().orElseThrow().sanction().orElseThrow()
                .find(dev.kefu.core.discipline.SanctionMeasure.Transfer.class)).as("2 offences reach a count of 2").isPresent();
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
