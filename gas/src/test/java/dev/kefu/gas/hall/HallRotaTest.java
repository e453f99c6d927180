package dev.kefu.gas.hall;

import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.gas.DeskRole;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HallRotaTest {

    static final HallRota ROTA = HallRota.regulation();
    static final LocalDate SAT = LocalDate.of(2026, 11, 28);
    static final LocalDate WED = LocalDate.of(2026, 11, 25);
    static final LocalDate THU = LocalDate.of(2026, 11, 26);
    static final LocalDate FRI = LocalDate.of(2026, 11, 27);

    @Test
    @DisplayName("MTR-18: Saturday to Wednesday the billing clerks hold hall duty; Thursday and Friday the card-service clerks")
    void rota_boundaries() {
        assertThat(ROTA.dutyRoleOn(SAT)).isEqualTo(DeskRole.BILLING_CLERK);
        assertThat(ROTA.dutyRoleOn(SAT.plusDays(1))).isEqualTo(DeskRole.BILLING_CLERK);
        assertThat(ROTA.dutyRoleOn(WED)).isEqualTo(DeskRole.BILLING_CLERK);
        assertThat(ROTA.dutyRoleOn(THU)).isEqualTo(DeskRole.CARD_SERVICE_CLERK);
        assertThat(ROTA.dutyRoleOn(FRI)).isEqualTo(DeskRole.CARD_SERVICE_CLERK);
    }

    @Test
    @DisplayName("MTR-18: a card-service clerk on duty on Wednesday is the wrong role; on Thursday the right one")
    void check_assignment() {
        EmployeeId li = EmployeeId.of("card-li");
        var wrong = ROTA.check(new DutyAssignment(WED, li, DeskRole.CARD_SERVICE_CLERK));
        assertThat(wrong.outcome().verdict()).isEqualTo(HallRota.DutyCheck.Verdict.WRONG_ROLE);
        assertThat(wrong.outcome().expectedRole()).isEqualTo(DeskRole.BILLING_CLERK);
        assertThat(en(wrong)).contains("Hall duty on 2026-11-25 (Wednesday) is held by card-li, a card-service clerk; the rota gives that day to a billing clerk");
        assertThat(zh(wrong)).contains("周三");
        var right = ROTA.check(new DutyAssignment(THU, li, DeskRole.CARD_SERVICE_CLERK));
        assertThat(right.outcome().verdict()).isEqualTo(HallRota.DutyCheck.Verdict.RIGHT_ROLE);
        en(right);
    }

    @Test
    @DisplayName("MTR-18: upkeep not recorded is reported with who is responsible: group leader for signage and notice board, duty clerk for the rest")
    void upkeep() {
        var d = ROTA.checkUpkeep(WED, EnumSet.complementOf(EnumSet.of(UpkeepTask.NOTICE_BOARD, UpkeepTask.DRINKING_WATER)));
        assertThat(d.outcome()).containsExactlyInAnyOrder(UpkeepTask.NOTICE_BOARD, UpkeepTask.DRINKING_WATER);
        assertThat(en(d)).contains("notice board not done; responsible: the group leader").contains("drinking water not done; responsible: the duty clerk");
        assertThat(UpkeepTask.OUTSIDE_SIGNAGE.owner()).isEqualTo(UpkeepTask.UpkeepOwner.GROUP_LEADER);
        assertThat(UpkeepTask.VI_SIGNS.owner()).isEqualTo(UpkeepTask.UpkeepOwner.DUTY_CLERK);
        var all = ROTA.checkUpkeep(WED, EnumSet.allOf(UpkeepTask.class));
        assertThat(all.outcome()).isEmpty();
        assertThat(en(all)).contains("All hall upkeep");
    }

    @Test
    @DisplayName("MTR-18: the rota is configurable with clerks only; malformed input is rejected")
    void configurable() {
        HallRota r = HallRota.builder().dutyRole(DayOfWeek.THURSDAY, DeskRole.BILLING_CLERK).build();
        assertThat(r.dutyRoleOn(THU)).isEqualTo(DeskRole.BILLING_CLERK);
        assertThat(r.toString()).contains("HallRota");
        rejects(() -> HallRota.builder().dutyRole(DayOfWeek.MONDAY, DeskRole.GROUP_LEADER).dutyRole(null, null).build(), "dutyRole");
        rejects(() -> ROTA.dutyRoleOn(null), "day");
        rejects(() -> ROTA.check(null), "assignment");
        rejects(() -> new DutyAssignment(null, null, null), "day", "clerk", "clerkRole");
        rejects(() -> ROTA.checkUpkeep(null, null), "day", "done");
        Set<UpkeepTask> withNull = new java.util.HashSet<>();
        withNull.add(null);
        rejects(() -> ROTA.checkUpkeep(WED, withNull), "done");
    }
}
