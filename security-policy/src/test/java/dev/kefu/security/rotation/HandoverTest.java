package dev.kefu.security.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HandoverTest {

    static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    static final EmployeeId SUCC = EmployeeId.of("succ");

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SH).toInstant();
    }

    @Test
    @DisplayName("SEC-5 audit defect #7: a change three days before the departure does not satisfy the rule")
    void change_before_departure() {
        Instant left = at("2025-10-10T10:00");
        AdministratorHandover h = new AdministratorHandover(left, SUCC, Optional.of(left.minus(Duration.ofDays(3))), Optional.of(SUCC));
        assertThat(h.status(left.plusSeconds(7200), SH).outcome()).isEqualTo(AdministratorHandover.State.OVERDUE);
        assertThat(h.status(left.plusSeconds(600), SH).outcome()).as("still time to change it again").isEqualTo(AdministratorHandover.State.NOT_YET_DUE);
        assertThat(h.status(left.plusSeconds(7200), SH).explain(Locale.ENGLISH)).contains("before the departure at 2025-10-10 10:00");
    }

    @Test
    @DisplayName("SEC-5 the change comes after the departure and within 1 hour: exactly at the hour is met, a second later is not")
    void within_the_hour() {
        Instant left = at("2025-10-10T10:00");
        assertThat(new AdministratorHandover(left, SUCC, Optional.of(left), Optional.of(SUCC)).status(left.plusSeconds(60), SH).outcome())
                .isEqualTo(AdministratorHandover.State.MET);
        assertThat(new AdministratorHandover(left, SUCC, Optional.of(left.plusSeconds(3600)), Optional.of(SUCC)).status(left.plusSeconds(3600), SH)
                .outcome()).isEqualTo(AdministratorHandover.State.MET);
        assertThat(new AdministratorHandover(left, SUCC, Optional.of(left.plusSeconds(3601)), Optional.of(SUCC)).status(left.plusSeconds(4000), SH)
                .outcome()).isEqualTo(AdministratorHandover.State.OVERDUE);
        assertThat(new AdministratorHandover(left, SUCC, Optional.of(left.plusSeconds(60)), Optional.of(EmployeeId.of("other")))
                .status(left.plusSeconds(4000), SH).explain(Locale.ENGLISH)).contains("not under the supervision of the successor succ");
        assertThat(new AdministratorHandover(left, SUCC, Optional.of(left.plusSeconds(600)), Optional.of(SUCC)).status(left.plusSeconds(300), SH)
                .outcome()).as("a change recorded for later than now is not yet seen").isEqualTo(AdministratorHandover.State.NOT_YET_DUE);
    }

    @Test
    @DisplayName("SEC-5 CORE-CAL-4 the hour is elapsed time: leaving Friday 21:40, the change is due 22:40 that night, not Monday")
    void elapsed_not_working_hours() {
        Instant left = at("2025-10-10T21:40");
        Decision<AdministratorHandover.State> d = new AdministratorHandover(left, SUCC, Optional.empty(), Optional.empty()).status(at("2025-10-10T22:41"), SH);
        assertThat(d.outcome()).isEqualTo(AdministratorHandover.State.OVERDUE);
        assertThat(d.explain(Locale.ENGLISH)).contains("2025-10-10 22:40").doesNotContain("T");
        assertThat(d.explain(Locale.CHINA)).contains("2025-10-10 22:40").contains("接任人员");
    }

    @Test
    @DisplayName("SEC-5 Definitions (Security): with no successor the acting holder the host names supervises, and the decision says so")
    void acting_holder() {
        Instant left = at("2025-10-10T10:00");
        EmployeeId acting = EmployeeId.of("acting");
        AdministratorHandover h = AdministratorHandover.withActingHolder(left, acting, Optional.of(left.plusSeconds(1200)), Optional.of(acting));
        Decision<AdministratorHandover.State> d = h.status(left.plusSeconds(3600), SH);
        assertThat(d.outcome()).isEqualTo(AdministratorHandover.State.MET);
        assertThat(h.supervision()).isEqualTo(AdministratorHandover.Supervision.ACTING_HOLDER);
        assertThat(d.explain(Locale.ENGLISH)).contains("acting holder (no successor has taken over) acting");
        assertThat(d.explain(Locale.CHINA)).contains("代理人（尚无接任人员）");
        assertThat(d.explain(Locale.ENGLISH)).doesNotContainPattern("[A-Z]+_[A-Z_]+");
    }

    @Test
    @DisplayName("SEC-3 SEC-5 Definitions (Security): the 15 calendar days restart on any change, a SEC-5 handover change included")
    void handover_change_restarts_rotation() {
        RotationPolicy p = RotationPolicy.regulation();
        Instant rotated = at("2025-10-01T09:00");
        Instant left = at("2025-10-10T21:40");
        AdministratorHandover h = new AdministratorHandover(left, SUCC, Optional.of(at("2025-10-10T22:10")), Optional.of(SUCC));
        Instant now = at("2025-10-17T09:00");
        assertThat(p.status(AccountRole.SYSTEM_ADMINISTRATOR, rotated, now).outcome().state()).isEqualTo(RotationStatus.State.EXPIRED);
        Instant lastChange = h.changedAt().orElseThrow();
        Decision<RotationStatus> restarted = p.status(AccountRole.SYSTEM_ADMINISTRATOR, lastChange, now);
        assertThat(restarted.outcome().state()).isEqualTo(RotationStatus.State.OK);
        assertThat(restarted.outcome().due()).contains(lastChange.plus(Duration.ofDays(15)));
        assertThat(restarted.explain(Locale.CHINA)).contains("系统管理员的密码每 15 天更换一次").contains("2025-10-25 22:10")
                .doesNotContain("SYSTEM_ADMINISTRATOR");
        assertThat(restarted.explain(Locale.ENGLISH)).contains("system administrator passwords change every 15 days");
    }
}
