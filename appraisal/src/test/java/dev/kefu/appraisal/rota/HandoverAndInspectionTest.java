package dev.kefu.appraisal.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HandoverAndInspectionTest {

    static final EmployeeId OUT = EmployeeId.of("early");
    static final EmployeeId IN = EmployeeId.of("late");
    static final Instant END = Instant.parse("2025-06-10T07:30:00Z"); // 15:30 Shanghai

    private final HandoverCheck check = HandoverCheck.of(Money.yuan(20));

    @Test
    @DisplayName("APR-10 a shift closed without a handover record gets a warning and a penalty")
    void no_record() {
        Decision<List<HandoverFinding>> d = check.check(List.of(new Handover(OUT, IN, END, false)), List.of());
        assertThat(d.outcome()).hasSize(1);
        HandoverFinding f = d.outcome().get(0);
        assertThat(f.kind()).isEqualTo(HandoverFinding.Kind.NO_HANDOVER_RECORD);
        assertThat(f.sanction().orElseThrow().fine()).isEqualTo(Money.yuan(20));
        assertThat(f.sanction().orElseThrow().describe(Locale.CHINA)).contains("书面警告");
        assertThatThrownBy(() -> HandoverCheck.of(Money.ZERO, java.time.Duration.ZERO)).hasMessageContaining("missingRecordPenalty")
                .hasMessageContaining("window");
    }

    @Test
    @DisplayName("APR-11 the outgoing agent may not leave before the incoming one arrives, found from clock events")
    void left_before_relief() {
        List<ClockEvent> clock = List.of(new ClockEvent(IN, true, END.minusSeconds(3600)), new ClockEvent(OUT, false, END.plusSeconds(300)));
        assertThat(check.check(List.of(new Handover(OUT, IN, END, true)), clock).outcome()).isEmpty();
        List<ClockEvent> early = List.of(new ClockEvent(OUT, false, END.minusSeconds(600)), new ClockEvent(IN, true, END.plusSeconds(900)),
                new ClockEvent(OUT, false, Instant.parse("2025-06-09T07:30:00Z")));
        Decision<List<HandoverFinding>> d = check.check(List.of(new Handover(OUT, IN, END, true)), early);
        assertThat(d.outcome()).extracting(HandoverFinding::kind).containsExactly(HandoverFinding.Kind.LEFT_BEFORE_RELIEF);
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("APR-11");
        assertThat(check.check(List.of(new Handover(OUT, IN, END, true)), List.of(new ClockEvent(OUT, false, END))).outcome())
                .as("the incoming agent never came").hasSize(1);
        assertThat(check.check(List.of(), List.of()).explain(Locale.ENGLISH)).contains("0 handovers checked");
        assertThatThrownBy(() -> check.check(null, null)).hasMessageContaining("handovers");
    }

    @Test
    @DisplayName("APR-10 once a day, an unannounced inspection; days without one are found")
    void inspections() {
        ZoneId sh = ZoneId.of("Asia/Shanghai");
        List<DailyInspection> done = List.of(new DailyInspection(EmployeeId.of("sup"), Instant.parse("2025-06-09T03:17:00Z"), List.of("desk tidy")),
                new DailyInspection(EmployeeId.of("sup"), Instant.parse("2025-06-11T08:02:00Z"), List.of()),
                new DailyInspection(EmployeeId.of("sup"), Instant.parse("2025-06-11T09:02:00Z"), List.of()));
        Decision<List<LocalDate>> d = DailyInspection.compliance(done, List.of(LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 10),
                LocalDate.of(2025, 6, 11)), sh);
        assertThat(d.outcome()).containsExactly(LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 11));
        assertThat(DailyInspection.compliance(done.subList(0, 1), List.of(LocalDate.of(2025, 6, 9)), sh).outcome()).isEmpty();
        assertThatThrownBy(() -> new DailyInspection(null, null, null)).isInstanceOf(dev.kefu.core.validation.PolicyInputException.class);
        assertThatThrownBy(() -> DailyInspection.compliance(null, null, null)).hasMessageContaining("inspections");
    }
}
