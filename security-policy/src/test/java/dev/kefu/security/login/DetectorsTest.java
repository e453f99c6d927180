package dev.kefu.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.id.AccountId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.security.access.AccessEvent;
import dev.kefu.security.access.CustomerDataAccess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DetectorsTest {

    static final Instant T = Instant.parse("2025-06-10T02:00:00Z");

    @Test
    @DisplayName("SEC-7 every review threshold is a required setting: build() names each one missing")
    void thresholds_required() {
        assertThatThrownBy(() -> ReviewSettings.builder().build()).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(7))
                .hasMessageContaining("window").hasMessageContaining("failuresPerAccount").hasMessageContaining("accountsPerSource")
                .hasMessageContaining("burstBeforeSuccess").hasMessageContaining("failuresPerDevice").hasMessageContaining("portsPerSource")
                .hasMessageContaining("devices");
        assertThatThrownBy(() -> ReviewSettings.builder().window(Duration.ZERO).failuresPerAccount(1).build())
                .hasMessageContaining("window").hasMessageContaining("at least 2");
        ReviewSettings s = ReviewSettings.suggested(Set.of("switch-1"));
        assertThat(List.of(s.window(), s.failuresPerAccount(), s.accountsPerSource(), s.burstBeforeSuccess(), s.failuresPerDevice(), s.portsPerSource()))
                .containsExactly(Duration.ofMinutes(10), 5, 10, 3, 10, 20);
        assertThat(s.devices()).containsExactly("switch-1");
        assertThat(s.toString()).contains("portsPerSource=20");
    }

    @Test
    @DisplayName("SEC-7 port scanning: one source probing portsPerSource distinct ports within the window is one incident")
    void port_scan() {
        ReviewSettings s = ReviewSettings.builder().window(Duration.ofMinutes(1)).failuresPerAccount(5).accountsPerSource(10).burstBeforeSuccess(3)
                .failuresPerDevice(5).portsPerSource(4).devices(Set.of()).build();
        List<Incident> found = new ArrayList<>();
        LoginReviewer r = LoginReviewer.create(s, Directory.standard(), Optional.empty(), found::add);
        for (int p = 20; p < 26; p++) {
            r.acceptConnection(new ConnectionAttempt(T.plusSeconds(p), "6.6.6.6", "srv-1", p));
        }
        r.acceptConnection(new ConnectionAttempt(T.plusSeconds(30), "1.1.1.1", "srv-1", 443));
        r.acceptConnection(new ConnectionAttempt(T.plusSeconds(31), "1.1.1.1", "srv-1", 443));
        assertThat(found).extracting(Incident::kind).containsExactly(IncidentKind.PORT_SCAN);
        assertThat(found.get(0).source()).isEqualTo("6.6.6.6");
        assertThat(found.get(0).count()).isEqualTo(4);
        found.clear();
        for (int p = 0; p < 3; p++) {
            r.acceptConnection(new ConnectionAttempt(T.plusSeconds(100 + 61L * p), "7.7.7.7", "srv-1", p));
        }
        assertThat(found).as("probes spread beyond the window").isEmpty();
        assertThat(IncidentKind.PORT_SCAN.rule()).isEqualTo("SEC-7");
        assertThatThrownBy(() -> r.acceptConnection(new ConnectionAttempt(T, "x", "h", 1))).hasMessageContaining("attempt.at");
        assertThatThrownBy(() -> new ConnectionAttempt(T, "x", "h", 70_000)).hasMessageContaining("attempt.port");
        assertThatThrownBy(() -> r.acceptConnection(null)).hasMessageContaining("attempt");
    }

    @Test
    @DisplayName("SEC-7 device-password guessing: failures from one source on one device across accounts")
    void device_guessing() {
        ReviewSettings s = ReviewSettings.builder().window(Duration.ofMinutes(10)).failuresPerAccount(5).accountsPerSource(10)
                .burstBeforeSuccess(3).failuresPerDevice(4).portsPerSource(20).devices(Set.of("switch-1")).build();
        List<LoginEvent> log = new ArrayList<>();
        String[] accounts = {"admin", "root", "cisco", "manager"};
        for (int i = 0; i < 4; i++) {
            log.add(new LoginEvent(T.plusSeconds(i), AccountId.of(accounts[i]), "switch-1", "9.9.9.9", false, "telnet"));
            log.add(new LoginEvent(T.plusSeconds(i), AccountId.of(accounts[i]), "pc-1", "8.8.8.8", false, "rdp"));
        }
        List<Incident> found = LoginReviewer.review(s, Directory.standard(), Optional.empty(), log);
        assertThat(found).extracting(Incident::kind).containsExactly(IncidentKind.DEVICE_PASSWORD_GUESSING);
        assertThat(found.get(0).source()).isEqualTo("9.9.9.9");
    }

    @Test
    @DisplayName("SEC-6 a denied operation is an intrusion: the denied access becomes an incident for the SEC-8 register")
    void denied_is_intrusion() {
        CustomerDataAccess access = CustomerDataAccess.of(Set.of("ARCHIVIST"), c -> Optional.empty());
        AccessEvent denied = access.decide(EmployeeId.of("rep"), Set.of(), CustomerId.of("C1"), T, List.of()).outcome();
        Incident i = denied.intrusion().orElseThrow();
        assertThat(i.kind()).isEqualTo(IncidentKind.UNAUTHORISED_OPERATION);
        assertThat(i.kind().rule()).isEqualTo("SEC-6");
        assertThat(i.account().value()).isEqualTo("rep");
        IntrusionRegister reg = new IntrusionRegister();
        reg.register(i, List.of("denied read of C1"), EmployeeId.of("admin"), T.plusSeconds(60), EmployeeId.of("cto"), T.plusSeconds(120));
        assertThat(reg.verify()).isEmpty();
        AccessEvent granted = access.decide(EmployeeId.of("rep"), Set.of("ARCHIVIST"), CustomerId.of("C1"), T, List.of()).outcome();
        assertThat(granted.intrusion()).isEmpty();
    }

    @Test
    @DisplayName("SEC-8 verify detects registration times reordered between records, and restore refuses them")
    void reordered_times() {
        IntrusionRegister reg = new IntrusionRegister();
        Incident i = new Incident(IncidentKind.PORT_SCAN, T, AccountId.of("srv"), "6.6.6.6", 20);
        var a = reg.register(i, List.of("a"), EmployeeId.of("admin"), T.plusSeconds(60), EmployeeId.of("cto"), T.plusSeconds(60));
        var b = reg.register(i, List.of("b"), EmployeeId.of("admin"), T.plusSeconds(120), EmployeeId.of("cto"), T.plusSeconds(120));
        var swappedB = new IntrusionRegister.IntrusionRecord(2, i, b.evidence(), b.registeredBy(), a.registeredAt().minusSeconds(30), b.reportedTo(),
                b.reportedAt(), b.previousHash(), b.hash());
        assertThat(IntrusionRegister.verify(List.of(a, swappedB), reg.head())).contains(2L);
        assertThat(IntrusionRegister.verify(List.of(b, a), reg.head())).contains(1L);
        assertThatThrownBy(() -> IntrusionRegister.restore(List.of(a, swappedB), reg.head())).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("record 2");
        IntrusionRegister restored = IntrusionRegister.restore(reg.records(), reg.head());
        assertThat(restored.records()).isEqualTo(reg.records());
        assertThat(restored.head()).isEqualTo(reg.head());
        assertThat(new IntrusionRegister().head()).isEqualTo(IntrusionRegister.GENESIS);
    }
}
