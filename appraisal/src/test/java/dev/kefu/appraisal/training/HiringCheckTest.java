package dev.kefu.appraisal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.appraisal.rota.CleaningDuty;
import dev.kefu.appraisal.rota.Roster;
import dev.kefu.appraisal.rota.Shift;
import dev.kefu.appraisal.rota.ShiftSlot;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HiringCheckTest {

    static final EmployeeId N = EmployeeId.of("n1");
    static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    @Test
    @DisplayName("APR-20 hiring: background check, Wubi at 80 characters a minute (79 is too slow), Mandarin and dialect recorded")
    void hiring() {
        HiringCheck check = HiringCheck.regulation();
        assertThat(check.check(new NewHireRecord(N, DAY, Optional.of(DAY), 80, true, true)).outcome()).isEmpty();
        Decision<List<HiringFinding>> d = check.check(new NewHireRecord(N, DAY, Optional.empty(), 79, false, false));
        assertThat(d.outcome()).containsExactly(HiringFinding.NO_BACKGROUND_CHECK, HiringFinding.TYPING_TOO_SLOW,
                HiringFinding.MANDARIN_NOT_RECORDED, HiringFinding.DIALECT_NOT_RECORDED);
        assertThat(d.explain(Locale.SIMPLIFIED_CHINESE)).contains("五笔打字速度不足").contains("要求 80 字");
        assertThat(d.explain(Locale.ENGLISH)).doesNotContainPattern("[A-Z]+_[A-Z_]+");
        assertThat(HiringCheck.wubiCharsPerMinute(60).check(new NewHireRecord(N, DAY, Optional.of(DAY), 60, true, true)).outcome()).isEmpty();
        assertThat(HiringCheck.REGULATION_WUBI_CHARS_PER_MINUTE).isEqualTo(80);
        assertThatThrownBy(() -> HiringCheck.wubiCharsPerMinute(0)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new NewHireRecord(null, null, null, -1, true, true)).hasMessageContaining("wubiCharsPerMinute");
        assertThatThrownBy(() -> check.check(null)).hasMessageContaining("hire");
    }

    @Test
    @DisplayName("APR-18 the late shift cleans the public areas; the rota assigns it; a day cleaned by someone else is found")
    void cleaning() {
        EmployeeId a = EmployeeId.of("a");
        EmployeeId b = EmployeeId.of("b");
        Roster r = Roster.of(DAY, DAY.plusDays(2), List.of(new Shift(a, DAY, ShiftSlot.EARLY), new Shift(b, DAY, ShiftSlot.LATE),
                new Shift(a, DAY.plusDays(1), ShiftSlot.LATE), new Shift(b, DAY.plusDays(2), ShiftSlot.LATE)));
        CleaningDuty duty = CleaningDuty.regulation();
        assertThat(duty.assign(r)).containsExactly(Map.entry(DAY, List.of(b)), Map.entry(DAY.plusDays(1), List.of(a)),
                Map.entry(DAY.plusDays(2), List.of(b)));
        Decision<List<LocalDate>> d = duty.check(r, Map.of(DAY, b, DAY.plusDays(1), b));
        assertThat(d.outcome()).containsExactly(DAY.plusDays(1), DAY.plusDays(2));
        assertThat(d.explain(Locale.ENGLISH)).contains("cleaned by b, who was not on the late shift").contains("nobody on the late shift");
        assertThat(duty.check(r, Map.of(DAY, b, DAY.plusDays(1), a, DAY.plusDays(2), b)).outcome()).isEmpty();
        assertThat(CleaningDuty.lateShift(ShiftSlot.EARLY).assign(r)).containsOnlyKeys(DAY);
        Map<LocalDate, EmployeeId> bad = new HashMap<>();
        bad.put(DAY, null);
        assertThatThrownBy(() -> duty.check(null, bad)).hasMessageContaining("roster").hasMessageContaining("cleanedBy");
        assertThatThrownBy(() -> CleaningDuty.lateShift(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> duty.assign(null)).isInstanceOf(PolicyInputException.class);
    }
}
