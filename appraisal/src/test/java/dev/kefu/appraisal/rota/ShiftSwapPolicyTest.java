package dev.kefu.appraisal.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShiftSwapPolicyTest {

    static final EmployeeId A = EmployeeId.of("A");
    static final EmployeeId B = EmployeeId.of("B");
    static final EmployeeId MGR = EmployeeId.of("mgr");
    private final ShiftSwapPolicy policy = ShiftSwapPolicy.standard(BusinessCalendar.chinaOfficial());

    /** A works EARLY, B works LATE, every day of June to mid-October 2025. */
    static Roster roster() {
        List<Shift> shifts = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 6, 1); !d.isAfter(LocalDate.of(2025, 10, 15)); d = d.plusDays(1)) {
            shifts.add(new Shift(A, d, ShiftSlot.EARLY));
            shifts.add(new Shift(B, d, ShiftSlot.LATE));
        }
        return Roster.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 10, 15), shifts);
    }

    static SwapRequest request(String swap, String payBack) {
        return new SwapRequest(A, B, LocalDate.parse(swap), ShiftSlot.EARLY, LocalDate.parse(payBack), ShiftSlot.LATE, true, true, Optional.of(MGR));
    }

    @Test
    @DisplayName("APR-12 a swap that keeps every rule is approved")
    void approved() {
        Roster r = Roster.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), List.of(
                new Shift(A, LocalDate.of(2025, 6, 10), ShiftSlot.EARLY), new Shift(B, LocalDate.of(2025, 6, 12), ShiftSlot.LATE)));
        Decision<SwapVerdict> d = policy.check(request("2025-06-10", "2025-06-12"), r, List.of(), Set.of());
        assertThat(d.outcome().approved()).isTrue();
        assertThat(d.outcome().broken()).isEmpty();
        assertThat(d.explain(Locale.ENGLISH)).contains("A and B swap 2025-06-10 and 2025-06-12");
    }

    @Test
    @DisplayName("APR-12 every broken rule is returned at once")
    void every_broken_rule() {
        SwapRequest unsigned = new SwapRequest(A, B, LocalDate.of(2025, 6, 10), ShiftSlot.EARLY, LocalDate.of(2025, 6, 12), ShiftSlot.LATE,
                true, false, Optional.empty());
        List<SwapRecord> history = List.of(new SwapRecord(A, B, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 3)),
                new SwapRecord(B, A, LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 6)),
                new SwapRecord(A, EmployeeId.of("C"), LocalDate.of(2025, 6, 11), LocalDate.of(2025, 6, 20)));
        Decision<SwapVerdict> d = policy.check(unsigned, roster(), history, Set.of(new ShiftSwapPolicy.Leave(B, LocalDate.of(2025, 6, 10))));
        assertThat(d.outcome().approved()).isFalse();
        assertThat(d.outcome().broken()).contains("CONSENT", "SIGNATURE", "MONTHLY_LIMIT", "CONSECUTIVE", "BACK_TO_BACK", "LEAVE");
        assertThat(d.ruleIds()).extracting(Object::toString).containsOnly("APR-12");
    }

    @Test
    @DisplayName("APR-12 at most 3 swaps per person per calendar month")
    void monthly_limit() {
        List<SwapRecord> two = List.of(new SwapRecord(A, EmployeeId.of("C"), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 20)),
                new SwapRecord(A, EmployeeId.of("C"), LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 22)));
        Roster r = Roster.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), List.of(
                new Shift(A, LocalDate.of(2025, 6, 10), ShiftSlot.EARLY), new Shift(B, LocalDate.of(2025, 6, 13), ShiftSlot.LATE)));
        assertThat(policy.check(request("2025-06-10", "2025-06-13"), r, two, Set.of()).outcome().broken()).doesNotContain("MONTHLY_LIMIT");
        List<SwapRecord> three = new ArrayList<>(two);
        three.add(new SwapRecord(EmployeeId.of("C"), A, LocalDate.of(2025, 6, 25), LocalDate.of(2025, 6, 27)));
        assertThat(policy.check(request("2025-06-10", "2025-06-13"), r, three, Set.of()).outcome().broken()).containsExactly("MONTHLY_LIMIT");
    }

    @Test
    @DisplayName("APR-12 no swap for staff on duty on an official holiday (National Day 2025)")
    void holiday_duty() {
        Decision<SwapVerdict> d = policy.check(request("2025-10-01", "2025-10-14"), roster(), List.of(), Set.of());
        assertThat(d.outcome().broken()).contains("HOLIDAY_DUTY");
        assertThat(d.explain(Locale.CHINA)).contains("法定节假日");
    }

    @Test
    @DisplayName("APR-12 back-to-back: both shifts of one day by default, or less than a configured rest")
    void back_to_back_rest() {
        Roster r = Roster.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), List.of(
                new Shift(A, LocalDate.of(2025, 6, 10), ShiftSlot.EARLY), new Shift(B, LocalDate.of(2025, 6, 12), ShiftSlot.LATE),
                new Shift(A, LocalDate.of(2025, 6, 13), ShiftSlot.EARLY)));
        assertThat(policy.check(request("2025-06-10", "2025-06-12"), r, List.of(), Set.of()).outcome().approved()).isTrue();
        ShiftSwapPolicy rested = ShiftSwapPolicy.of(BusinessCalendar.chinaOfficial(), 3, Duration.ofHours(11));
        Decision<SwapVerdict> d = rested.check(request("2025-06-10", "2025-06-12"), r, List.of(), Set.of());
        assertThat(d.outcome().broken()).containsExactly("BACK_TO_BACK"); // LATE ends 22:00, EARLY starts 08:00: 10 h rest
        assertThat(rested.toString()).contains("PT11H");
        assertThat(rested.calendar()).isNotNull();
    }

    @Test
    @DisplayName("APR-12 malformed requests are refused naming the field: a swap with oneself, a date outside the roster, an unrostered shift")
    void malformed() {
        Roster r = roster();
        assertThatThrownBy(() -> policy.check(new SwapRequest(A, A, LocalDate.of(2025, 6, 10), ShiftSlot.EARLY, LocalDate.of(2025, 6, 12),
                ShiftSlot.EARLY, true, true, Optional.of(MGR)), r, List.of(), Set.of())).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("request.counterpart");
        assertThatThrownBy(() -> policy.check(request("2025-11-10", "2025-06-12"), r, List.of(), Set.of())).hasMessageContaining("request.swapDate");
        assertThatThrownBy(() -> policy.check(request("2025-06-10", "2025-12-12"), r, List.of(), Set.of())).hasMessageContaining("request.payBackDate");
        assertThatThrownBy(() -> policy.check(new SwapRequest(A, B, LocalDate.of(2025, 6, 10), ShiftSlot.LATE, LocalDate.of(2025, 6, 12),
                ShiftSlot.EARLY, true, true, Optional.of(MGR)), r, List.of(), Set.of()))
                .hasMessageContaining("request.swapSlot").hasMessageContaining("request.payBackSlot");
        assertThatThrownBy(() -> policy.check(null, null, null, null)).hasMessageContaining("request");
        assertThatThrownBy(() -> Roster.of(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 1), List.of())).hasMessageContaining("last");
        assertThatThrownBy(() -> Roster.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2),
                List.of(new Shift(A, LocalDate.of(2025, 6, 3), ShiftSlot.EARLY)))).hasMessageContaining("shifts[0].date");
        assertThatThrownBy(() -> ShiftSwapPolicy.of(null, 0, Duration.ofHours(-1))).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(3));
        assertThatThrownBy(() -> new ShiftSlot(" ", java.time.LocalTime.NOON, java.time.LocalTime.NOON)).isInstanceOf(PolicyInputException.class);
    }
}
