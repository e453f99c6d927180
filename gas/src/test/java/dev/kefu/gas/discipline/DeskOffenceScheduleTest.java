package dev.kefu.gas.discipline;

import static dev.kefu.gas.Gas.at;
import static dev.kefu.gas.Gas.en;
import static dev.kefu.gas.Gas.rejects;
import static dev.kefu.gas.Gas.zh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.gas.GasRules;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeskOffenceScheduleTest {

    static final EmployeeId E = EmployeeId.of("clerk-7");
    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    static final Sanction CRITICISM = Sanction.of(new SanctionMeasure.Warning(SanctionMeasure.WarningForm.WRITTEN));
    static final DeskOffenceSchedule SCHEDULE = DeskOffenceSchedule.builder().sanction(DeskOffenceKind.DERELICTION, CRITICISM)
            .sanction(DeskOffenceKind.ARBITRARY_CHARGES, Sanction.of(new SanctionMeasure.Fine(Money.yuan(200)))).build();

    @Test
    @DisplayName("MTR-11: the dereliction sanction is a required setting; MTR-1…3 sanctions are optional")
    void required() {
        rejects(() -> DeskOffenceSchedule.builder().build(), "sanction.dereliction");
        rejects(() -> DeskOffenceSchedule.builder().sanction(null, CRITICISM).sanction(DeskOffenceKind.LATENESS, null).build(), "sanction",
                "sanction.dereliction");
        assertThat(SCHEDULE.sanctions()).containsKeys(DeskOffenceKind.DERELICTION, DeskOffenceKind.ARBITRARY_CHARGES);
        assertThat(SCHEDULE.toString()).contains("DeskOffenceSchedule");
    }

    @Test
    @DisplayName("MTR-1: an offence whose sanction the host set takes that sanction, in core's vocabulary")
    void own_sanction() {
        var d = SCHEDULE.sanction(DeskOffence.of(E, DeskOffenceKind.ARBITRARY_CHARGES, DAY));
        assertThat(d.outcome().source()).isEqualTo(SanctionSource.OWN);
        assertThat(d.outcome().sanction().orElseThrow().fine()).isEqualTo(Money.yuan(200));
        assertThat(d.ruleIds()).containsExactly(GasRules.MTR_1);
        assertThat(en(d)).contains("Offence of clerk-7: arbitrary charges on 2026-11-24; sanction: ");
        assertThat(zh(d)).contains("乱收费");
    }

    @Test
    @DisplayName("MTR-1…3 with sanction [X] unset: no sanction of its own, so APR-6's warning and fine steps apply")
    void ladder() {
        for (DeskOffenceKind k : DeskOffenceKind.values()) {
            if (k == DeskOffenceKind.DERELICTION || k == DeskOffenceKind.ARBITRARY_CHARGES) {
                continue;
            }
            var d = SCHEDULE.sanction(DeskOffence.verified(E, k, DAY, at("2026-11-25T10:00")));
            assertThat(d.outcome().source()).as(k.name()).isEqualTo(SanctionSource.APR6_LADDER);
            assertThat(d.outcome().sanction()).isEmpty();
            assertThat(d.ruleIds()).contains(k.rule(), GasRules.APR_6);
            en(d);
        }
    }

    @Test
    @DisplayName("MTR-2: lateness also matches APR-14 and disclosure SEC-11; each is sanctioned once, under MTR-2")
    void matched_not_applied() {
        var late = SCHEDULE.sanction(DeskOffence.of(E, DeskOffenceKind.LATENESS, DAY));
        assertThat(late.ruleIds()).containsExactly(GasRules.MTR_2, GasRules.APR_6, GasRules.APR_14);
        assertThat(en(late)).contains("sanctioned once");
        assertThat(SCHEDULE.sanction(DeskOffence.of(E, DeskOffenceKind.EARLY_LEAVE, DAY)).ruleIds()).contains(GasRules.APR_14);
        assertThat(SCHEDULE.sanction(DeskOffence.of(E, DeskOffenceKind.ABSENCE, DAY)).ruleIds()).contains(GasRules.APR_14);
        assertThat(SCHEDULE.sanction(DeskOffence.of(E, DeskOffenceKind.DISCLOSING_CUSTOMER_DATA, DAY)).ruleIds()).contains(GasRules.SEC_11);
        assertThat(SCHEDULE.sanction(DeskOffence.of(E, DeskOffenceKind.SNACKS_IN_HALL, DAY)).ruleIds()).doesNotContain(GasRules.APR_14, GasRules.SEC_11);
    }

    @Test
    @DisplayName("MTR-3: a complaint caused by own attitude or skill is sanctioned only once verified")
    void verified_only() {
        var unverified = SCHEDULE.sanction(DeskOffence.of(E, DeskOffenceKind.COMPLAINT_OWN_FAULT, DAY));
        assertThat(unverified.outcome().source()).isEqualTo(SanctionSource.NOT_YET_VERIFIED);
        assertThat(unverified.ruleIds()).containsExactly(GasRules.MTR_3);
        assertThat(en(unverified)).contains("not verified yet");
        var verified = SCHEDULE.sanction(DeskOffence.verified(E, DeskOffenceKind.COMPLAINT_OWN_FAULT, DAY, at("2026-11-26T10:00")));
        assertThat(verified.outcome().source()).isEqualTo(SanctionSource.APR6_LADDER);
    }

    @Test
    @DisplayName("MTR-11: dereliction takes the host's required sanction")
    void dereliction() {
        var d = SCHEDULE.sanction(DeskOffence.of(E, DeskOffenceKind.DERELICTION, DAY));
        assertThat(d.outcome().sanction()).contains(CRITICISM);
        assertThat(d.ruleIds()).containsExactly(GasRules.MTR_11);
    }

    @Test
    @DisplayName("MTR-2: malformed offences are rejected, naming each problem")
    void malformed() {
        rejects(() -> new DeskOffence(null, null, null, null), "employee", "kind", "committedOn", "verifiedAt");
        rejects(() -> SCHEDULE.sanction(null), "offence");
    }
}
