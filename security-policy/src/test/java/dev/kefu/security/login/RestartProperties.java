package dev.kefu.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.id.AccountId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RestartProperties {

    static final ReviewSettings SETTINGS = ReviewSettings.builder().window(Duration.ofMinutes(10)).failuresPerAccount(4).accountsPerSource(3)
            .burstBeforeSuccess(2).failuresPerDevice(3).portsPerSource(4).devices(Set.of("sw")).build();
    static final Optional<BusinessCalendar> CAL = Optional.of(BusinessCalendar.chinaOfficial());

    /** A mixed stream: login events and connection attempts, in time order. */
    @Provide
    Arbitrary<List<Object>> streams() {
        Arbitrary<Object> step = Combinators.combine(Arbitraries.integers().between(0, 200), Arbitraries.of("alice", "bob", "root", "gone", "sleepy"),
                Arbitraries.of("1.1.1.1", "6.6.6.6", "10.0.0.5"), Arbitraries.of("h", "sw"), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 3))
                .as((gap, acct, src, host, port, kind) -> (Object) new Object[] {gap, acct, src, host, port, kind});
        return step.list().ofMaxSize(150).map(list -> {
            List<Object> out = new ArrayList<>();
            Instant t = Instant.parse("2025-06-10T00:00:00Z");
            for (Object o : list) {
                Object[] a = (Object[]) o;
                t = t.plusSeconds((Integer) a[0]);
                int kind = (Integer) a[5];
                if (kind == 3) {
                    out.add(new ConnectionAttempt(t, (String) a[2], (String) a[3], (Integer) a[4]));
                } else {
                    out.add(new LoginEvent(t, AccountId.of((String) a[1]), (String) a[3], (String) a[2], kind == 0, "p"));
                }
            }
            return out;
        });
    }

    static void feed(LoginReviewer r, Object o) {
        if (o instanceof LoginEvent e) {
            r.accept(e);
        } else {
            r.acceptConnection((ConnectionAttempt) o);
        }
    }

    @Property(tries = 100)
    @Label("SEC-2 SEC-7 a log reviewed in two halves across a restart (state -> restore) finds exactly the incidents of one pass")
    void two_halves_equal_one_pass(@ForAll("streams") List<Object> stream, @ForAll @IntRange(min = 0, max = 150) int cut) {
        int k = Math.min(cut, stream.size());
        List<Incident> once = new ArrayList<>();
        LoginReviewer one = LoginReviewer.create(SETTINGS, Directory.standard(), CAL, once::add);
        stream.forEach(o -> feed(one, o));

        List<Incident> twice = new ArrayList<>();
        LoginReviewer first = LoginReviewer.create(SETTINGS, Directory.standard(), CAL, twice::add);
        stream.subList(0, k).forEach(o -> feed(first, o));
        LoginReviewer.State saved = first.state();
        LoginReviewer second = LoginReviewer.restore(SETTINGS, Directory.standard(), CAL, twice::add, saved);
        assertThat(second.state()).isEqualTo(saved);
        stream.subList(k, stream.size()).forEach(o -> feed(second, o));

        assertThat(twice).isEqualTo(once);
        assertThat(second.state()).isEqualTo(one.state());
    }

    @Property(tries = 100)
    @Label("SEC-7 a tampered reviewer state is refused (PolicyInputException), never repaired")
    void tampered_state_refused(@ForAll("streams") List<Object> stream, @ForAll @IntRange(min = 0, max = 3) int how) {
        LoginReviewer r = LoginReviewer.create(SETTINGS, Directory.standard(), Optional.empty(), i -> { });
        stream.forEach(o -> feed(r, o));
        LoginReviewer.State s = r.state();
        Instant last = s.last().orElse(Instant.parse("2025-06-10T00:00:00Z"));
        LoginReviewer.State bad = switch (how) {
            case 0 -> new LoginReviewer.State(Map.of(AccountId.of("x"), List.of(last.plusSeconds(1))), s.failuresBySource(), s.learntSources(),
                    s.failuresByDevice(), s.portsBySource(), Optional.of(last), s.seen());
            case 1 -> new LoginReviewer.State(Map.of(AccountId.of("x"), List.of(last, last, last, last)), s.failuresBySource(), s.learntSources(),
                    s.failuresByDevice(), s.portsBySource(), Optional.of(last), s.seen());
            case 2 -> new LoginReviewer.State(Map.of(AccountId.of("x"), List.of(last, last.minusSeconds(5))), s.failuresBySource(),
                    s.learntSources(), s.failuresByDevice(), s.portsBySource(), Optional.of(last), s.seen());
            default -> new LoginReviewer.State(s.failuresByAccount(), s.failuresBySource(), s.learntSources(), s.failuresByDevice(),
                    s.portsBySource(), Optional.of(last), -1);
        };
        assertThatThrownBy(() -> LoginReviewer.restore(SETTINGS, Directory.standard(), Optional.empty(), i -> { }, bad))
                .isInstanceOf(PolicyInputException.class);
    }

    @Property(tries = 100)
    @Label("SEC-8 intrusion register: save (records + head) -> restore -> continue equals never stopping; any edit fails restore")
    void register_restart(@ForAll @IntRange(min = 1, max = 12) int n, @ForAll @IntRange(min = 0, max = 12) int cut,
                          @ForAll @IntRange(min = 0, max = 4) int field) {
        int k = Math.min(cut, n);
        IntrusionRegister never = new IntrusionRegister();
        IntrusionRegister first = new IntrusionRegister();
        for (int i = 0; i < k; i++) {
            add(never, i);
            add(first, i);
        }
        IntrusionRegister restored = IntrusionRegister.restore(first.records(), first.head());
        for (int i = k; i < n; i++) {
            add(never, i);
            add(restored, i);
        }
        assertThat(restored.records()).isEqualTo(never.records());
        assertThat(restored.head()).isEqualTo(never.head());
        assertThat(restored.verify()).isEmpty();

        List<IntrusionRegister.IntrusionRecord> records = new ArrayList<>(never.records());
        int at = Math.min(k, n - 1);
        IntrusionRegister.IntrusionRecord r = records.get(at);
        Incident other = new Incident(r.incident().kind(), r.incident().at(), r.incident().account(), r.incident().source() + "x",
                r.incident().count());
        IntrusionRegister.IntrusionRecord edited = switch (field) {
            case 0 -> new IntrusionRegister.IntrusionRecord(r.sequence(), other, r.evidence(), r.registeredBy(), r.registeredAt(), r.reportedTo(),
                    r.reportedAt(), r.previousHash(), r.hash());
            case 1 -> new IntrusionRegister.IntrusionRecord(r.sequence(), r.incident(), List.of("forged"), r.registeredBy(), r.registeredAt(),
                    r.reportedTo(), r.reportedAt(), r.previousHash(), r.hash());
            case 2 -> new IntrusionRegister.IntrusionRecord(r.sequence(), r.incident(), r.evidence(), EmployeeId.of("mallory"), r.registeredAt(),
                    r.reportedTo(), r.reportedAt(), r.previousHash(), r.hash());
            case 3 -> new IntrusionRegister.IntrusionRecord(r.sequence(), r.incident(), r.evidence(), r.registeredBy(), r.registeredAt(),
                    r.reportedTo(), r.reportedAt().plusSeconds(1), r.previousHash(), r.hash());
            default -> new IntrusionRegister.IntrusionRecord(r.sequence() + 1, r.incident(), r.evidence(), r.registeredBy(), r.registeredAt(),
                    r.reportedTo(), r.reportedAt(), r.previousHash(), r.hash());
        };
        records.set(at, edited);
        assertThatThrownBy(() -> IntrusionRegister.restore(records, never.head())).isInstanceOf(PolicyInputException.class);
        assertThat(IntrusionRegister.verify(records, never.head())).contains(at + 1L);
    }

    static void add(IntrusionRegister reg, int i) {
        Instant t = Instant.parse("2025-06-10T00:00:00Z").plusSeconds(60L * i);
        reg.register(new Incident(IncidentKind.values()[i % IncidentKind.values().length], t, AccountId.of("a" + i), "s" + i, i),
                List.of("line " + i, "more " + i), EmployeeId.of("admin"), t.plusSeconds(30), EmployeeId.of("cto"), t.plusSeconds(45));
    }
}
