package dev.kefu.appraisal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrainingPolicyTest {

    @Test
    @DisplayName("APR-13 new hires: 3 days of training and a mentor; enough trainings a month; each evaluated")
    void findings() {
        TrainingPolicy p = TrainingPolicy.of(2);
        Decision<List<TrainingFinding>> d = p.check(YearMonth.of(2025, 6),
                List.of(new TrainingPolicy.NewHire(EmployeeId.of("n1"), LocalDate.of(2025, 6, 2), 2, Optional.empty()),
                        new TrainingPolicy.NewHire(EmployeeId.of("n2"), LocalDate.of(2025, 6, 2), 3, Optional.of(EmployeeId.of("m")))),
                List.of(new TrainingPolicy.Session(LocalDate.of(2025, 6, 5), "product knowledge", Optional.empty()),
                        new TrainingPolicy.Session(LocalDate.of(2025, 7, 5), "next month", Optional.of("exam"))));
        assertThat(d.outcome()).extracting(TrainingFinding::code).containsExactly("TRAINING_DAYS:n1", "NO_MENTOR:n1", "TOO_FEW_TRAININGS", "NOT_EVALUATED:2025-06-05");
        assertThat(d.outcome().get(0).kind()).isEqualTo(TrainingFinding.Kind.TRAINING_DAYS);
        assertThat(TrainingPolicy.regulation(2).check(YearMonth.of(2025, 6), List.of(), List.of()).outcome()).hasSize(1);
        assertThat(d.explain(Locale.CHINA)).contains("没有一对一导师");
        Decision<List<TrainingFinding>> ok = p.check(YearMonth.of(2025, 7), List.of(), List.of(
                new TrainingPolicy.Session(LocalDate.of(2025, 7, 5), "a", Optional.of("exam")),
                new TrainingPolicy.Session(LocalDate.of(2025, 7, 9), "b", Optional.of("survey"))));
        assertThat(ok.outcome()).isEmpty();
        assertThat(ok.ruleIds()).extracting(Object::toString).containsExactly("APR-13");
        assertThatThrownBy(() -> TrainingPolicy.of(0, 0)).hasMessageContaining("newHireDays").hasMessageContaining("monthlyMinimum");
        assertThatThrownBy(() -> p.check(null, null, null)).hasMessageContaining("month");
    }
}
