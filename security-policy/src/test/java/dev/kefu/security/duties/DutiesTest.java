package dev.kefu.security.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.security.access.PrivacyNotices;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DutiesTest {

    static final Instant T = Instant.parse("2025-06-10T02:00:00Z");
    static final ZoneId SH = ZoneId.of("Asia/Shanghai");

    @Test
    @DisplayName("SEC-11 SEC-14 SEC-15 every interval left open (定期) is required: build() names each duty without one")
    void intervals_required() {
        assertThatThrownBy(() -> PeriodicDuties.builder().duties(Set.of(Duty.CUSTOMER_DATA_BACKUP, Duty.SERVER_LOG_CHECK)).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("interval[CUSTOMER_DATA_BACKUP]")
                .hasMessageContaining("interval[SERVER_LOG_CHECK]").hasMessageContaining("zone");
        PeriodicDuties only = PeriodicDuties.builder().interval(Duty.CUSTOMER_DATA_BACKUP, Duration.ofDays(1)).zone(SH).build();
        assertThatThrownBy(() -> only.check(Duty.PACKET_MONITORING, List.of(), T)).hasMessageContaining("interval[PACKET_MONITORING]");
        assertThatThrownBy(() -> PeriodicDuties.builder().interval(Duty.FIRE_EQUIPMENT_CHECK, Duration.ZERO).zone(SH).build())
                .hasMessageContaining("interval[FIRE_EQUIPMENT_CHECK]");
    }

    @Test
    @DisplayName("SEC-11 the customer-information database is backed up within the required interval")
    void backups() {
        PeriodicDuties duties = PeriodicDuties.builder().interval(Duty.CUSTOMER_DATA_BACKUP, Duration.ofDays(1)).zone(SH).build();
        Decision<DutyStatus> ok = duties.check(Duty.CUSTOMER_DATA_BACKUP, List.of(T.minus(Duration.ofDays(3)), T.minus(Duration.ofHours(24))), T);
        assertThat(ok.outcome().state()).isEqualTo(DutyStatus.State.CURRENT);
        assertThat(ok.outcome().due()).contains(T);
        Decision<DutyStatus> late = duties.check(Duty.CUSTOMER_DATA_BACKUP, List.of(T.minus(Duration.ofHours(24)).minusSeconds(1)), T);
        assertThat(late.outcome().state()).isEqualTo(DutyStatus.State.OVERDUE);
        assertThat(late.explain(Locale.ENGLISH)).contains("the backup of the customer-information database was last done at 2025-06-09 09:59");
        assertThat(duties.check(Duty.CUSTOMER_DATA_BACKUP, List.of(), T).outcome().state()).isEqualTo(DutyStatus.State.NEVER_DONE);
        assertThatThrownBy(() -> duties.check(Duty.CUSTOMER_DATA_BACKUP, List.of(T.plusSeconds(1)), T)).hasMessageContaining("done");
        assertThat(Duty.CUSTOMER_DATA_BACKUP.rule().value()).isEqualTo("SEC-11");
    }

    @Test
    @DisplayName("SEC-11 a leak is contained at once and reported: both deadlines are required settings")
    void leak() {
        assertThatThrownBy(() -> LeakResponsePolicy.builder().build()).hasMessageContaining("containWithin").hasMessageContaining("reportWithin")
                .hasMessageContaining("zone");
        LeakResponsePolicy p = LeakResponsePolicy.builder().containWithin(Duration.ofMinutes(30)).reportWithin(Duration.ofHours(4)).zone(SH).build();
        DepartmentId sec = DepartmentId.of("security");
        LeakResponsePolicy.Leak handled = new LeakResponsePolicy.Leak(T, Optional.of(T.plusSeconds(600)), Optional.of(T.plusSeconds(3600)), Optional.of(sec));
        assertThat(p.check(handled, T.plus(Duration.ofDays(1))).outcome())
                .isEqualTo(new LeakResponsePolicy.LeakStatus(StepState.DONE_IN_TIME, StepState.DONE_IN_TIME));
        LeakResponsePolicy.Leak unreported = new LeakResponsePolicy.Leak(T, Optional.of(T.plusSeconds(3600)), Optional.of(T.plusSeconds(60)),
                Optional.empty());
        Decision<LeakResponsePolicy.LeakStatus> d = p.check(unreported, T.plus(Duration.ofHours(5)));
        assertThat(d.outcome()).isEqualTo(new LeakResponsePolicy.LeakStatus(StepState.DONE_LATE, StepState.OVERDUE));
        assertThat(d.explain(Locale.ENGLISH)).contains("was not reported to the department concerned by 2025-06-10 14:00");
        assertThat(p.check(new LeakResponsePolicy.Leak(T, Optional.empty(), Optional.empty(), Optional.empty()), T.plusSeconds(60)).outcome())
                .isEqualTo(new LeakResponsePolicy.LeakStatus(StepState.PENDING, StepState.PENDING));
        assertThatThrownBy(() -> new LeakResponsePolicy.Leak(T, Optional.of(T.minusSeconds(1)), Optional.empty(), Optional.empty()))
                .hasMessageContaining("leak.containedAt");
    }

    @Test
    @DisplayName("SEC-13 a server vulnerability is fixed within the required deadline, found and fixed times recorded")
    void vulnerabilities() {
        assertThatThrownBy(() -> VulnerabilityPolicy.of(null, null)).hasMessageContaining("fixWithin").hasMessageContaining("zone");
        VulnerabilityPolicy p = VulnerabilityPolicy.of(Duration.ofDays(7), SH);
        assertThat(p.check(new VulnerabilityPolicy.Vulnerability("srv-1", T, Optional.of(T.plus(Duration.ofDays(7)))), T.plus(Duration.ofDays(30)))
                .outcome()).isEqualTo(StepState.DONE_IN_TIME);
        assertThat(p.check(new VulnerabilityPolicy.Vulnerability("srv-1", T, Optional.of(T.plus(Duration.ofDays(8)))), T.plus(Duration.ofDays(30)))
                .outcome()).isEqualTo(StepState.DONE_LATE);
        Decision<StepState> open = p.check(new VulnerabilityPolicy.Vulnerability("srv-1", T, Optional.empty()), T.plus(Duration.ofDays(8)));
        assertThat(open.outcome()).isEqualTo(StepState.OVERDUE);
        assertThat(open.explain(Locale.CHINA)).contains("srv-1 于 2025-06-10 10:00 发现的漏洞未在 2025-06-17 10:00 前修补");
        assertThatThrownBy(() -> new VulnerabilityPolicy.Vulnerability("s", T, Optional.of(T.minusSeconds(1)))).hasMessageContaining("fixedAt");
    }

    @Test
    @DisplayName("SEC-14 server logs, packets and public-server access are monitored at their required intervals")
    void monitoring() {
        PeriodicDuties d = PeriodicDuties.builder().duties(Set.of(Duty.SERVER_LOG_CHECK, Duty.PACKET_MONITORING, Duty.PUBLIC_SERVER_ACCESS_MONITORING))
                .interval(Duty.SERVER_LOG_CHECK, Duration.ofDays(1)).interval(Duty.PACKET_MONITORING, Duration.ofHours(1))
                .interval(Duty.PUBLIC_SERVER_ACCESS_MONITORING, Duration.ofHours(1)).zone(SH).build();
        assertThat(d.check(Duty.SERVER_LOG_CHECK, List.of(T.minus(Duration.ofHours(2))), T).outcome().state()).isEqualTo(DutyStatus.State.CURRENT);
        assertThat(d.check(Duty.PACKET_MONITORING, List.of(T.minus(Duration.ofHours(2))), T).outcome().state()).isEqualTo(DutyStatus.State.OVERDUE);
        assertThat(Duty.PACKET_MONITORING.rule().value()).isEqualTo("SEC-14");
    }

    @Test
    @DisplayName("SEC-15 upkeep checks are dated; an air-conditioning test counts only with every performance indicator recorded")
    void upkeep() {
        PeriodicDuties d = PeriodicDuties.builder().interval(Duty.AIR_CONDITIONING_TEST, Duration.ofDays(30))
                .interval(Duty.FIRE_EQUIPMENT_CHECK, Duration.ofDays(90)).zone(SH).build();
        Map<AirConditioningTest.Indicator, String> all = Map.of(AirConditioningTest.Indicator.AIR_VOLUME, "3000 m3/h",
                AirConditioningTest.Indicator.TEMPERATURE_RISE, "2 K", AirConditioningTest.Indicator.HUMIDITY, "45%",
                AirConditioningTest.Indicator.CLEANLINESS, "class 8", AirConditioningTest.Indicator.TEMPERATURE_RISE_RATE, "0.5 K/min");
        AirConditioningTest complete = new AirConditioningTest(T.minus(Duration.ofDays(40)), all);
        AirConditioningTest partial = new AirConditioningTest(T.minus(Duration.ofDays(5)), Map.of(AirConditioningTest.Indicator.HUMIDITY, "45%"));
        Decision<DutyStatus> s = d.checkAirConditioning(List.of(complete, partial), T);
        assertThat(s.outcome().state()).isEqualTo(DutyStatus.State.OVERDUE);
        assertThat(partial.missing()).hasSize(4);
        assertThat(s.explain(Locale.ENGLISH)).contains("does not record 4 of the five performance indicators");
        assertThat(d.checkAirConditioning(List.of(new AirConditioningTest(T.minus(Duration.ofDays(5)), all)), T).outcome().state())
                .isEqualTo(DutyStatus.State.CURRENT);
        assertThat(d.check(Duty.FIRE_EQUIPMENT_CHECK, List.of(T.minus(Duration.ofDays(89))), T).outcome().state()).isEqualTo(DutyStatus.State.CURRENT);
    }

    @Test
    @DisplayName("SEC-12 the touch that collects personal data records the privacy notice; collections without it are found")
    void privacy_notice() {
        List<PrivacyNotices.Collection> touches = List.of(new PrivacyNotices.Collection(T, CustomerId.of("C1"), PrivacyNotices.Notice.GIVEN),
                new PrivacyNotices.Collection(T, CustomerId.of("C2"), PrivacyNotices.Notice.NOT_GIVEN));
        Decision<List<PrivacyNotices.Collection>> d = PrivacyNotices.check(touches, SH);
        assertThat(d.outcome()).extracting(c -> c.customer().value()).containsExactly("C2");
        assertThat(d.explain(Locale.ENGLISH)).contains("customer C2 gave personal data at 2025-06-10 10:00");
        assertThat(PrivacyNotices.check(touches.subList(0, 1), SH).explain(Locale.CHINA)).contains("均已告知");
        assertThatThrownBy(() -> PrivacyNotices.check(null, null)).hasMessageContaining("collections").hasMessageContaining("zone");
    }
}
