package dev.kefu.security.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HostAuditTest {

    static final Instant T = Instant.parse("2025-06-10T02:00:00Z");
    private final HostAudit audit = HostAudit.builder().idleLimit(Duration.ofMinutes(5)).workSoftware(Set.of("Excel", "Billing")).zone(ZoneId.of("Asia/Shanghai")).build();
    static final Set<EmployeeId> STAFF = Set.of(EmployeeId.of("li"), EmployeeId.of("wang"));

    @Test
    @DisplayName("SEC-1 an unattended host is screen-locked within the idle limit")
    void screen_lock() {
        List<HostAudit.Finding> f = audit.audit(List.of(), List.of(
                new HostAudit.IdlePeriod("pc-1", T, T.plusSeconds(300), T.plusSeconds(3600)),
                new HostAudit.IdlePeriod("pc-2", T, T.plusSeconds(301), T.plusSeconds(3600)),
                new HostAudit.IdlePeriod("pc-3", T, null, T.plusSeconds(200)),
                new HostAudit.IdlePeriod("pc-4", T, null, T.plusSeconds(3600))), List.of(), STAFF).outcome();
        assertThat(f).extracting(HostAudit.Finding::host).containsExactly("pc-2", "pc-4");
        assertThat(f).allSatisfy(x -> assertThat(x.rule().value()).isEqualTo("SEC-1"));
    }

    @Test
    @DisplayName("SEC-10 no games or chat tools on billing computers; nobody uses another person's computer")
    void billing_and_sharing() {
        Host billing = new Host("bill-1", Optional.empty(), true, Map.of("Solitaire", "GAME", "WeChat", "CHAT", "Excel", "OFFICE"));
        Host personal = new Host("pc-7", Optional.of(EmployeeId.of("li")), false, Map.of("WeChat", "CHAT"));
        Decision<List<HostAudit.Finding>> d = audit.audit(List.of(billing, personal), List.of(),
                List.of(new HostAudit.Use("pc-7", EmployeeId.of("li"), T), new HostAudit.Use("pc-7", EmployeeId.of("wang"), T)), STAFF);
        assertThat(d.outcome()).extracting(HostAudit.Finding::detail).containsExactlyInAnyOrder("Solitaire", "WeChat", "wang");
        assertThat(d.explain(Locale.CHINA)).contains("使用了他人的电脑");
        assertThat(audit.audit(List.of(personal), List.of(), List.of(), STAFF).explain(Locale.ENGLISH)).contains("all in order");
        assertThatThrownBy(() -> HostAudit.builder().idleLimit(Duration.ZERO).build()).hasMessageContaining("idleLimit")
                .hasMessageContaining("workSoftware").hasMessageContaining("zone");
        assertThatThrownBy(() -> audit.audit(null, null, null, null)).hasMessageContaining("hosts").hasMessageContaining("staff");
    }
}
