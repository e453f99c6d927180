package dev.kefu.security.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RotationTest {

    static final Instant CHANGED = Instant.parse("2025-06-01T00:00:00Z");

    @Test
    @DisplayName("SEC-3 administrators and operators change passwords every 15 days: ok, due soon, expired")
    void fifteen_days() {
        RotationPolicy p = RotationPolicy.regulation();
        Decision<RotationStatus> ok = p.status(AccountRole.SYSTEM_ADMINISTRATOR, CHANGED, CHANGED.plus(Duration.ofDays(11)));
        assertThat(ok.outcome().state()).isEqualTo(RotationStatus.State.OK);
        assertThat(ok.outcome().due()).contains(Instant.parse("2025-06-16T00:00:00Z"));
        assertThat(p.status(AccountRole.NETWORK_ADMINISTRATOR, CHANGED, CHANGED.plus(Duration.ofDays(12))).outcome().state())
                .isEqualTo(RotationStatus.State.DUE_SOON);
        assertThat(p.status(AccountRole.SYSTEM_OPERATOR, CHANGED, CHANGED.plus(Duration.ofDays(15))).outcome().state())
                .isEqualTo(RotationStatus.State.EXPIRED);
        assertThat(p.status(AccountRole.STAFF, CHANGED, CHANGED.plus(Duration.ofDays(400))).outcome().state())
                .isEqualTo(RotationStatus.State.NOT_REQUIRED);
    }

    @Test
    @DisplayName("SEC-3 the NIST-aligned profile requires no periodic rotation; others are configurable")
    void profiles() {
        assertThat(RotationPolicy.nistAligned().status(AccountRole.SYSTEM_ADMINISTRATOR, CHANGED, CHANGED.plus(Duration.ofDays(99)))
                .outcome().state()).isEqualTo(RotationStatus.State.NOT_REQUIRED);
        RotationPolicy staff = RotationPolicy.builder().zone(java.time.ZoneOffset.UTC).maxAge(AccountRole.STAFF, Duration.ofDays(90)).warnBefore(Duration.ZERO).build();
        assertThat(staff.status(AccountRole.STAFF, CHANGED, CHANGED.plus(Duration.ofDays(89))).outcome().state()).isEqualTo(RotationStatus.State.OK);
        assertThatThrownBy(() -> RotationPolicy.builder().maxAge(null, Duration.ZERO).warnBefore(Duration.ofDays(-1)).build())
                .hasMessageContaining("maxAge").hasMessageContaining("warnBefore");
        assertThatThrownBy(() -> staff.status(null, null, null)).hasMessageContaining("role");
    }

    @Test
    @DisplayName("SEC-5 a departing administrator's password is changed within 1 hour under the successor's supervision")
    void handover() {
        Instant left = Instant.parse("2025-06-10T09:00:00Z");
        EmployeeId successor = EmployeeId.of("succ");
        assertThat(new AdministratorHandover(left, successor, Optional.of(left.plusSeconds(3600)), Optional.of(successor))
                .status(left.plusSeconds(7200)).outcome()).isEqualTo(AdministratorHandover.State.MET);
        assertThat(new AdministratorHandover(left, successor, Optional.of(left.plusSeconds(3601)), Optional.of(successor))
                .status(left.plusSeconds(7200)).outcome()).isEqualTo(AdministratorHandover.State.OVERDUE);
        assertThat(new AdministratorHandover(left, successor, Optional.of(left.plusSeconds(60)), Optional.of(EmployeeId.of("other")))
                .status(left.plusSeconds(7200)).outcome()).isEqualTo(AdministratorHandover.State.OVERDUE);
        assertThat(new AdministratorHandover(left, successor, Optional.empty(), Optional.empty()).status(left.plusSeconds(1800)).outcome())
                .isEqualTo(AdministratorHandover.State.NOT_YET_DUE);
        assertThat(new AdministratorHandover(left, successor, Optional.empty(), Optional.empty()).status(left.plusSeconds(3601)).outcome())
                .isEqualTo(AdministratorHandover.State.OVERDUE);
        assertThatThrownBy(() -> new AdministratorHandover(left, successor, Optional.empty(), Optional.empty()).status(null))
                .hasMessageContaining("now");
        assertThatThrownBy(() -> new AdministratorHandover(null, null, null, null)).isInstanceOf(dev.kefu.core.validation.PolicyInputException.class);
    }
}
