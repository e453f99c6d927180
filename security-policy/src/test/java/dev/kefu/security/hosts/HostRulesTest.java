package dev.kefu.security.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
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

class HostRulesTest {

    static final Instant T = Instant.parse("2025-06-10T02:00:00Z");
    final HostAudit audit = HostAudit.builder().idleLimit(Duration.ofMinutes(5)).workSoftware(Set.of("billing client", "excel"))
            .zone(ZoneId.of("Asia/Shanghai")).build();

    @Test
    @DisplayName("SEC-10 [amended] any software not on the host's work list is flagged on billing computers, not only games and chat")
    void unrelated_software() {
        Host billing = new Host("bill-1", Optional.empty(), true, Map.of("Billing Client", "BILLING", "Excel", "OFFICE",
                "VLC media player", "MEDIA", "Taobao", "SHOPPING"));
        Decision<List<HostAudit.Finding>> d = audit.audit(List.of(billing), List.of(), List.of(), Set.of());
        assertThat(d.outcome()).extracting(HostAudit.Finding::detail).containsExactly("Taobao", "VLC media player");
        assertThat(d.outcome()).extracting(HostAudit.Finding::kind).containsOnly(HostAudit.Kind.UNRELATED_SOFTWARE_ON_BILLING);
        assertThat(d.explain(Locale.CHINA)).contains("不在工作软件清单上");
        Host office = new Host("pc-1", Optional.empty(), false, Map.of("Taobao", "SHOPPING"));
        assertThat(audit.audit(List.of(office), List.of(), List.of(), Set.of()).outcome()).as("only billing computers").isEmpty();
        Host listedGame = new Host("bill-2", Optional.empty(), true, Map.of("Excel", "GAME"));
        assertThat(audit.audit(List.of(listedGame), List.of(), List.of(), Set.of()).outcome()).as("a game is never work").hasSize(1);
    }

    @Test
    @DisplayName("SEC-1 non-staff never operate a host: any use by a person not on the staff list is a finding")
    void non_staff() {
        Host server = new Host("srv-1", Optional.empty(), false, Map.of());
        Decision<List<HostAudit.Finding>> d = audit.audit(List.of(server), List.of(),
                List.of(new HostAudit.Use("srv-1", EmployeeId.of("li"), T), new HostAudit.Use("srv-1", EmployeeId.of("vendor"), T)),
                Set.of(EmployeeId.of("li")));
        assertThat(d.outcome()).extracting(HostAudit.Finding::kind).containsExactly(HostAudit.Kind.NON_STAFF_OPERATION);
        assertThat(d.outcome().get(0).rule().value()).isEqualTo("SEC-1");
        assertThat(d.explain(Locale.ENGLISH)).contains("vendor, who is not staff, operated host srv-1 at 2025-06-10 10:00");
    }

    @Test
    @DisplayName("SEC-1 the unlocked-host explanation shows a local time and the limit in minutes")
    void unlocked_explanation() {
        Decision<List<HostAudit.Finding>> d = audit.audit(List.of(), List.of(new HostAudit.IdlePeriod("pc-2", T, null, T.plusSeconds(3600))),
                List.of(), Set.of());
        assertThat(d.explain(Locale.ENGLISH)).contains("from 2025-06-10 10:00").contains("within 5 minutes");
    }
}
