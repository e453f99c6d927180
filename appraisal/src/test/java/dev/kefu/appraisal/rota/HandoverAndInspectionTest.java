package dev.kefu.appraisal.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Duration;
import java.util.Arrays;
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

    private final HandoverCheck check = HandoverCheck.builder().window(Duration.ofHours(4)).build();

    @Test
    @DisplayName("APR-10 a shift closed without a handover record: a warning and the penalty the manager sets for the case")
    void no_record() {
        Decision<List<HandoverFinding>> d = check.check(List.of(Handover.unrecorded(OUT, IN, END)), List.of());
        assertThat(d.outcome()).hasSize(1);
        HandoverFinding f = d.outcome().get(0);
        assertThat(f.kind()).isEqualTo(HandoverFinding.Kind.NO_HANDOVER_RECORD);
        assertThat(d.explain(Locale.ENGLISH)).contains("2025-06-10 15:30").doesNotContain("T07:30");
        Decision<Sanction> s = HandoverCheck.sanction(f, SanctionMeasure.WarningForm.WRITTEN, Money.yuan(35));
        assertThat(s.outcome().fine()).isEqualTo(Money.yuan(35));
        assertThat(s.outcome().describe(Locale.CHINA)).contains("书面警告");
        assertThat(HandoverCheck.sanction(f, SanctionMeasure.WarningForm.ORAL, Money.yuan(5)).outcome().fine()).isEqualTo(Money.yuan(5));
        assertThatThrownBy(() -> HandoverCheck.sanction(f, null, Money.ZERO)).hasMessageContaining("form").hasMessageContaining("penalty");
        assertThatThrownBy(() -> HandoverCheck.sanction(new HandoverFinding(f.handover(), HandoverFinding.Kind.LEFT_BEFORE_RELIEF),
                SanctionMeasure.WarningForm.ORAL, Money.yuan(5))).hasMessageContaining("finding");
        assertThatThrownBy(() -> HandoverCheck.builder().window(Duration.ZERO).zone(null).build()).hasMessageContaining("window")
                .hasMessageContaining("zone");
        assertThatThrownBy(() -> HandoverCheck.builder().build()).as("the window is not in the catalogue: required")
                .hasMessageContaining("window");
        assertThatThrownBy(() -> HandoverCheck.builder().window(Duration.ofSeconds(Long.MAX_VALUE)).build())
                .as("bad-input #71: an absurd window is refused at build()").hasMessageContaining("window");
        assertThat(HandoverCheck.builder().window(Duration.ofDays(1)).zone(ZoneId.of("UTC")).build().toString()).contains("PT24H");
    }

    @Test
    @DisplayName("APR-10 APR-11 bad-input: null handovers and clock events, and shift ends at the ends of time, are PolicyInputException")
    void bad_input() {
        assertThatThrownBy(() -> new Handover(null, null, null, false)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> ClockEvent.clockIn(null, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> check.check(Arrays.asList((Handover) null), Arrays.asList((ClockEvent) null)))
                .hasMessageContaining("handovers[0]").hasMessageContaining("clock[0]");
        assertThatThrownBy(() -> check.check(List.of(Handover.recorded(OUT, IN, Instant.MIN)), List.of()))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("shiftEnd");
        assertThatThrownBy(() -> DailyInspection.compliance(List.of(new DailyInspection(OUT, Instant.MAX, List.of())), List.of(),
                ZoneId.of("Asia/Shanghai"))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> DailyInspection.compliance(List.of(), Arrays.asList((LocalDate) null), ZoneId.of("Asia/Shanghai")))
                .hasMessageContaining("workingDays");
    }

    @Test
    @DisplayName("APR-11 the outgoing agent may not leave before the incoming one arrives, found from clock events")
    void left_before_relief() {
        List<ClockEvent> clock = List.of(ClockEvent.clockIn(IN, END.minusSeconds(3600)), ClockEvent.clockOut(OUT, END.plusSeconds(300)));
        assertThat(check.check(List.of(Handover.recorded(OUT, IN, END)), clock).outcome()).isEmpty();
        List<ClockEvent> early = List.of(ClockEvent.clockOut(OUT, END.minusSeconds(600)), ClockEvent.clockIn(IN, END.plusSeconds(900)),
                ClockEvent.clockOut(OUT, Instant.parse("2025-06-09T07:30:00Z")));
        Decision<List<HandoverFinding>> d = check.check(List.of(Handover.recorded(OUT, IN, END)), early);
        assertThat(d.outcome()).extracting(HandoverFinding::kind).containsExactly(HandoverFinding.Kind.LEFT_BEFORE_RELIEF);
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("APR-11");
        assertThat(check.check(List.of(Handover.recorded(OUT, IN, END)), List.of(ClockEvent.clockOut(OUT, END))).outcome())
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
