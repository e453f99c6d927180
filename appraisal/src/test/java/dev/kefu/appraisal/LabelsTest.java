package dev.kefu.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.appraisal.ledger.EntryKind;
import dev.kefu.appraisal.ledger.OffenceCode;
import dev.kefu.appraisal.ledger.RecorderRole;
import dev.kefu.appraisal.ledger.RecordingStatus;
import dev.kefu.appraisal.ledger.RewardCode;
import dev.kefu.appraisal.ledger.RingOutcome;
import dev.kefu.appraisal.ledger.Severity;
import dev.kefu.appraisal.ledger.UnscheduledOffence;
import dev.kefu.appraisal.rota.HandoverFinding;
import dev.kefu.appraisal.rota.LeaveRule;
import dev.kefu.appraisal.rota.SignerRole;
import dev.kefu.appraisal.rota.SwapRule;
import dev.kefu.appraisal.scoring.Band;
import dev.kefu.appraisal.scoring.Outcome;
import dev.kefu.appraisal.scoring.Source;
import dev.kefu.appraisal.training.TrainingPolicy;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LabelsTest {

    static final List<Class<? extends Enum<?>>> SHOWN = List.of(OffenceCode.class, UnscheduledOffence.class, RecorderRole.class,
            RingOutcome.class, RewardCode.class, Band.class, Outcome.class, Source.class, SwapRule.class, LeaveRule.class, SignerRole.class,
            Severity.class, EntryKind.class, RecordingStatus.class, HandoverFinding.Kind.class, dev.kefu.appraisal.training.HiringFinding.class);

    @Test
    @DisplayName("CORE-DEC-1 APR-8 every enum an explanation shows has a zh-CN and an English label, never its constant name")
    void every_enum_labelled() {
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> value : type.getEnumConstants()) {
                for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    assertThat(AppraisalMessages.BUNDLE.contains(l, Labels.key(value))).as(Labels.key(value) + " " + l).isTrue();
                    assertThat(Labels.of(value, l)).doesNotContainPattern("[A-Z]+_[A-Z_]+").isNotEqualTo(value.name());
                }
            }
        }
        assertThat(Labels.zh(OffenceCode.PHONE_NOT_ANSWERED_IN_THREE_RINGS)).isEqualTo("服务电话响铃三声未接");
        assertThat(Labels.en(Outcome.TRANSFER)).isEqualTo("a transfer");
    }

    @Test
    @DisplayName("CORE-DEC-1 the zh-CN and English bundles have the same keys, and no message pattern names a constant")
    void bundles_match() {
        assertThat(AppraisalMessages.BUNDLE.keys(Locale.CHINA)).isEqualTo(AppraisalMessages.BUNDLE.keys(Locale.ENGLISH));
        for (String k : AppraisalMessages.BUNDLE.keys(Locale.ENGLISH)) {
            assertThat(AppraisalMessages.BUNDLE.pattern(Locale.ENGLISH, k)).as(k).doesNotContainPattern("[A-Z]+_[A-Z_]+");
            assertThat(AppraisalMessages.BUNDLE.pattern(Locale.CHINA, k)).as(k).doesNotContainPattern("[A-Z]+_[A-Z_]+");
        }
        for (String k : List.of("ledger.ladderFine", "ledger.ladderRepeat", "scoring.noLadder", "scoring.ladderStep", "entry.rewardInconsistent",
                "entry.unknownOffence", "entry.shouldBeWarning", "entry.shouldBePenalty", "entry.sanctionMismatch")) {
            assertThat(AppraisalMessages.BUNDLE.contains(Locale.ENGLISH, k)).as(k).isTrue();
        }
    }

    @Test
    @DisplayName("APR-13 bad-input: a new hire with -5 training days, null hires and sessions are PolicyInputException")
    void training_bad_input() {
        assertThatThrownBy(() -> new TrainingPolicy.NewHire(EmployeeId.of("n"), LocalDate.of(2025, 6, 2), -5, Optional.empty()))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("trainingDays");
        assertThatThrownBy(() -> new TrainingPolicy.NewHire(null, null, 0, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new TrainingPolicy.Session(null, null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> TrainingPolicy.of(1).check(java.time.YearMonth.of(2025, 6), java.util.Arrays.asList((TrainingPolicy.NewHire) null),
                java.util.Arrays.asList((TrainingPolicy.Session) null))).hasMessageContaining("hires").hasMessageContaining("sessions");
    }
}
