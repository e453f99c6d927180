package dev.kefu.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.id.AccountId;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReviewerStateTest {

    static final Instant T = Instant.parse("2025-06-10T02:00:00Z");
    static final ReviewSettings S = RestartProperties.SETTINGS;
    static final AccountId A = AccountId.of("a");

    static LoginReviewer.State state(Map<AccountId, List<Instant>> byAccount, Map<String, Map<AccountId, Instant>> bySource,
                                     Map<AccountId, Set<String>> learnt, Map<String, Map<String, List<Instant>>> byDevice,
                                     Map<String, Map<String, Instant>> ports, Optional<Instant> last, long seen) {
        return new LoginReviewer.State(byAccount, bySource, learnt, byDevice, ports, last, seen);
    }

    static void refused(LoginReviewer.State s) {
        assertThatThrownBy(() -> LoginReviewer.restore(S, Directory.standard(), Optional.empty(), i -> { }, s))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("state");
    }

    static LoginReviewer accepted(LoginReviewer.State s) {
        return LoginReviewer.restore(S, Directory.standard(), Optional.empty(), i -> { }, s);
    }

    @Test
    @DisplayName("SEC-2 SEC-7 restore refuses every kind of inconsistent reviewer state")
    void inconsistent_states() {
        Map<AccountId, List<Instant>> e1 = Map.of();
        Map<String, Map<AccountId, Instant>> e2 = Map.of();
        Map<AccountId, Set<String>> e3 = Map.of();
        Map<String, Map<String, List<Instant>>> e4 = Map.of();
        Map<String, Map<String, Instant>> e5 = Map.of();
        Optional<Instant> last = Optional.of(T);
        accepted(state(e1, e2, e3, e4, e5, Optional.empty(), 0));
        accepted(state(Map.of(A, List.of(T.minusSeconds(1), T)), Map.of("s", Map.of(A, T)), Map.of(A, Set.of("s")),
                Map.of("s", Map.of("sw", List.of(T))), Map.of("s", Map.of("h:1", T)), last, 3));
        refused(null);
        refused(state(null, e2, e3, e4, e5, last, 1));
        refused(state(e1, null, e3, e4, e5, last, 1));
        refused(state(e1, e2, null, e4, e5, last, 1));
        refused(state(e1, e2, e3, null, e5, last, 1));
        refused(state(e1, e2, e3, e4, null, last, 1));
        refused(state(e1, e2, e3, e4, e5, null, 1));
        refused(state(e1, e2, e3, e4, e5, Optional.empty(), 1));
        refused(state(Map.of(A, List.of(T)), e2, e3, e4, e5, Optional.empty(), 0));
        refused(state(e1, Map.of("s", Map.of(A, T)), e3, e4, e5, Optional.empty(), 0));
        refused(state(e1, e2, Map.of(A, Set.of("s")), e4, e5, Optional.empty(), 0));
        refused(state(e1, e2, e3, Map.of("s", Map.of()), e5, Optional.empty(), 0));
        refused(state(e1, e2, e3, e4, Map.of("s", Map.of()), Optional.empty(), 0));
        refused(state(Map.of(A, Arrays.asList(T, null)), e2, e3, e4, e5, last, 1));
        refused(state(e1, Map.of("s", Map.of(A, T.plusSeconds(1))), e3, e4, e5, last, 1));
        Map<AccountId, Instant> three = Map.of(A, T, AccountId.of("b"), T, AccountId.of("c"), T);
        refused(state(e1, Map.of("s", three), e3, e4, e5, last, 1));
        Map<AccountId, Set<String>> nullSource = new HashMap<>();
        nullSource.put(A, new HashSet<>(Arrays.asList("s", null)));
        refused(state(e1, e2, nullSource, e4, e5, last, 1));
        Map<String, Map<String, List<Instant>>> nullDevice = new HashMap<>();
        nullDevice.put("s", null);
        refused(state(e1, e2, e3, nullDevice, e5, last, 1));
        refused(state(e1, e2, e3, Map.of("s", Map.of("sw", List.of(T, T, T))), e5, last, 1));
        refused(state(e1, e2, e3, Map.of("s", Map.of("sw", List.of(T.plusSeconds(1)))), e5, last, 1));
        refused(state(e1, e2, e3, e4, Map.of("s", Map.of("h:1", T, "h:2", T, "h:3", T, "h:4", T)), last, 1));
        refused(state(e1, e2, e3, e4, Map.of("s", Map.of("h:1", T.plusSeconds(1))), last, 1));
        Map<AccountId, List<Instant>> nullKey = new HashMap<>();
        nullKey.put(null, List.of(T));
        refused(state(nullKey, e2, e3, e4, e5, last, 1));
        Map<String, Map<AccountId, Instant>> nullSourceKey = new HashMap<>();
        nullSourceKey.put(null, Map.of(A, T));
        refused(state(e1, nullSourceKey, e3, e4, e5, last, 1));
        Map<AccountId, Set<String>> nullLearntKey = new HashMap<>();
        nullLearntKey.put(null, Set.of("s"));
        refused(state(e1, e2, nullLearntKey, e4, e5, last, 1));
        Map<String, Map<String, List<Instant>>> nullDeviceKey = new HashMap<>();
        nullDeviceKey.put(null, Map.of());
        refused(state(e1, e2, e3, nullDeviceKey, e5, last, 1));
        Map<String, Map<String, List<Instant>>> nullHostKey = new HashMap<>();
        Map<String, List<Instant>> inner = new HashMap<>();
        inner.put(null, List.of(T));
        nullHostKey.put("s", inner);
        refused(state(e1, e2, e3, nullHostKey, e5, last, 1));
        Map<String, Map<String, Instant>> nullPortKey = new HashMap<>();
        nullPortKey.put(null, Map.of("h:1", T));
        refused(state(e1, e2, e3, e4, nullPortKey, last, 1));
    }

    @Test
    @DisplayName("SEC-7 device and port counters are swept as time moves on: memory stays bounded")
    void sweeps_devices_and_ports() {
        LoginReviewer r = LoginReviewer.create(ReviewSettings.builder().window(Duration.ofSeconds(10)).failuresPerAccount(1000)
                .accountsPerSource(1000).burstBeforeSuccess(1).failuresPerDevice(1000).portsPerSource(1000).devices(Set.of("sw")).build(),
                Directory.standard(), Optional.empty(), i -> { });
        for (int i = 0; i < 20_000; i++) {
            Instant t = T.plusSeconds(i);
            if (i % 2 == 0) {
                r.accept(new LoginEvent(t, AccountId.of("a"), "sw", "s" + i, false, "p"));
            } else {
                r.acceptConnection(new ConnectionAttempt(t, "p" + i, "h", i % 65_000));
            }
        }
        assertThat(r.trackedKeys()).isLessThan(5 * 4096);
        LoginReviewer.State s = r.state();
        assertThat(s.failuresByDevice().size()).isLessThan(4096);
        assertThat(s.portsBySource().size()).isLessThan(4096);
        assertThat(s.seen()).isEqualTo(20_000);
    }

    @Test
    @DisplayName("SEC-2 malformed events are refused naming each field, the reviewer unchanged")
    void malformed_events() {
        List<Incident> found = new ArrayList<>();
        LoginReviewer r = LoginReviewer.create(S, Directory.standard(), Optional.empty(), found::add);
        assertThatThrownBy(() -> r.accept(new LoginEvent(T, AccountId.of("a"), null, "s", false, "p"))).hasMessageContaining("event.host");
        assertThatThrownBy(() -> LoginReviewer.review(S, Directory.standard(), Optional.empty(), Arrays.asList(
                new LoginEvent(null, A, "h", "s", true, "p")))).hasMessageContaining("events");
        assertThatThrownBy(() -> LoginReviewer.review(S, Directory.standard(), Optional.empty(), null)).hasMessageContaining("events");
        assertThat(r.state().seen()).isZero();
        assertThatThrownBy(() -> ReviewSettings.builder().devices(null).window(Duration.ofDays(367)).build())
                .hasMessageContaining("devices").hasMessageContaining("window");
    }
}
