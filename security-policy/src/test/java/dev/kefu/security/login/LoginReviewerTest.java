package dev.kefu.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.id.AccountId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginReviewerTest {

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    static LoginEvent ev(String local, String account, String source, boolean ok) {
        return new LoginEvent(at(local), AccountId.of(account), "host-1", source, ok, "password");
    }

    private static List<IncidentKind> kinds(List<LoginEvent> events, Optional<BusinessCalendar> cal) {
        return LoginReviewer.review(ReviewSettings.suggested(java.util.Set.of()), Directory.standard(), cal, events).stream().map(Incident::kind).toList();
    }

    @Test
    @DisplayName("SEC-7 repeated failures on one account within the window are guessing; one incident per burst")
    void guessing() {
        List<LoginEvent> e = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            e.add(ev("2025-06-10T10:00:0" + i, "alice", "1.2.3.4", false));
        }
        assertThat(kinds(e, Optional.empty())).containsExactly(IncidentKind.REPEATED_FAILURES);
        List<LoginEvent> slow = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            slow.add(ev("2025-06-10T1" + i + ":00:00", "alice", "1.2.3.4", false));
        }
        assertThat(kinds(slow, Optional.empty())).as("spread over hours: outside the window").isEmpty();
    }

    @Test
    @DisplayName("SEC-7 one source failing across many accounts is password spraying")
    void spraying() {
        List<LoginEvent> e = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            e.add(ev("2025-06-10T10:00:" + (10 + i), "user" + i, "6.6.6.6", false));
        }
        assertThat(kinds(e, Optional.empty())).containsExactly(IncidentKind.PASSWORD_SPRAYING);
    }

    @Test
    @DisplayName("SEC-7 a success right after a burst of failures is flagged")
    void success_after_failures() {
        List<LoginEvent> e = List.of(ev("2025-06-10T10:00:00", "bob", "1.1.1.1", false), ev("2025-06-10T10:00:01", "bob", "1.1.1.1", false),
                ev("2025-06-10T10:00:02", "bob", "1.1.1.1", false), ev("2025-06-10T10:00:03", "bob", "1.1.1.1", true));
        assertThat(kinds(e, Optional.empty())).containsExactly(IncidentKind.SUCCESS_AFTER_FAILURES);
    }

    @Test
    @DisplayName("SEC-2 logins outside the calendar's working hours, including holidays, are flagged")
    void outside_hours() {
        Optional<BusinessCalendar> cal = Optional.of(BusinessCalendar.chinaOfficial());
        assertThat(kinds(List.of(ev("2025-06-10T10:00:00", "carol", "1.1.1.1", true)), cal)).isEmpty();
        assertThat(kinds(List.of(ev("2025-06-10T23:30:00", "carol", "1.1.1.1", true)), cal)).containsExactly(IncidentKind.OUTSIDE_WORKING_HOURS);
        assertThat(kinds(List.of(ev("2025-10-02T10:00:00", "carol", "1.1.1.1", true)), cal)).containsExactly(IncidentKind.OUTSIDE_WORKING_HOURS);
        assertThatThrownBy(() -> kinds(List.of(ev("2999-06-10T10:00:00", "carol", "1.1.1.1", true)), cal))
                .as("BI-44: a date the calendar does not cover is refused, not guessed").isInstanceOf(dev.kefu.core.calendar.CalendarCoverageException.class);
    }

    @Test
    @DisplayName("SEC-4 SEC-6 logins to departed, disabled or dormant accounts; a privileged account from a new source")
    void accounts_and_sources() {
        assertThat(kinds(List.of(ev("2025-06-10T10:00:00", "gone", "1.1.1.1", true), ev("2025-06-10T10:01:00", "off", "1.1.1.1", true),
                ev("2025-06-10T10:02:00", "sleepy", "1.1.1.1", true)), Optional.empty()))
                .containsExactly(IncidentKind.DISABLED_OR_DEPARTED_ACCOUNT, IncidentKind.DISABLED_OR_DEPARTED_ACCOUNT, IncidentKind.DORMANT_ACCOUNT);
        assertThat(kinds(List.of(ev("2025-06-10T10:00:00", "root", "10.0.0.5", true), ev("2025-06-10T10:05:00", "root", "8.8.8.8", true),
                ev("2025-06-10T10:06:00", "root", "8.8.8.8", true)), Optional.empty())).containsExactly(IncidentKind.PRIVILEGED_NEW_SOURCE);
        assertThat(IncidentKind.PRIVILEGED_NEW_SOURCE.rule()).isEqualTo("SEC-6");
    }

    @Test
    @DisplayName("SEC-2 events must come in time order; malformed events are refused")
    void order_and_input() {
        LoginReviewer r = LoginReviewer.create(ReviewSettings.suggested(java.util.Set.of()), Directory.standard(), Optional.empty(), i -> { });
        r.accept(ev("2025-06-10T10:00:00", "a", "s", true));
        assertThatThrownBy(() -> r.accept(ev("2025-06-10T09:00:00", "a", "s", true))).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("event.at");
        assertThatThrownBy(() -> r.accept(new LoginEvent(null, null, "h", null, true, "p"))).hasMessageContaining("event.account");
        assertThatThrownBy(() -> r.accept(null)).hasMessageContaining("event");
        assertThatThrownBy(() -> new ReviewSettings(Duration.ZERO, 1, 1, 0)).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(4));
        assertThatThrownBy(() -> LoginReviewer.create(null, null, null, null)).hasMessageContaining("settings");
    }

    @Test
    @DisplayName("SEC-7 memory is bounded by the window, not by the log")
    void bounded_memory() {
        LoginReviewer r = LoginReviewer.create(ReviewSettings.suggested(java.util.Set.of()), Directory.standard(), Optional.empty(), i -> { });
        Instant t = at("2025-06-10T00:00:00");
        for (int i = 0; i < 100_000; i++) {
            r.accept(new LoginEvent(t.plusSeconds(i), AccountId.of("u" + i), "h", "s" + i, false, "p"));
        }
        assertThat(r.trackedKeys()).isLessThan(2 * 700 + 2 * 4096);
    }

    @Test
    @DisplayName("SEC-2 the log must be reviewed weekly")
    void weekly() {
        Instant now = Instant.parse("2025-06-30T00:00:00Z");
        assertThat(WeeklyReview.check(List.of(now.minus(Duration.ofDays(6))), now).outcome()).isTrue();
        assertThat(WeeklyReview.check(List.of(now.minus(Duration.ofDays(8))), now).outcome()).isFalse();
        assertThat(WeeklyReview.check(List.of(), now).explain(Locale.ENGLISH)).contains("not been reviewed");
        assertThat(WeeklyReview.check(List.of(now.plusSeconds(60)), now).outcome()).as("a future review does not count").isFalse();
        assertThatThrownBy(() -> WeeklyReview.check(null, null)).hasMessageContaining("reviews");
    }

    @Test
    @DisplayName("SEC-8 the intrusion register keeps the evidence tamper-evident and records the report to leadership")
    void register() {
        IntrusionRegister reg = new IntrusionRegister();
        Incident i = new Incident(IncidentKind.REPEATED_FAILURES, at("2025-06-10T10:00:00"), AccountId.of("alice"), "1.2.3.4", 5);
        reg.register(i, List.of("line 1", "line 2"), EmployeeId.of("admin"), at("2025-06-10T10:30:00"), EmployeeId.of("cto"), at("2025-06-10T11:00:00"));
        var second = reg.register(i, List.of("line 3"), EmployeeId.of("admin"), at("2025-06-11T10:30:00"), EmployeeId.of("cto"), at("2025-06-11T11:00:00"));
        assertThat(reg.verify()).isEmpty();
        assertThat(second.previousHash()).isEqualTo(reg.records().get(0).hash());
        var first = reg.records().get(0);
        var tampered = new IntrusionRegister.IntrusionRecord(first.sequence(), first.incident(), List.of("line 1", "line 2 EDITED"),
                first.registeredBy(), first.registeredAt(), first.reportedTo(), first.reportedAt(), first.previousHash(), first.hash());
        assertThat(IntrusionRegister.verify(List.of(tampered, second))).contains(1L);
        assertThat(IntrusionRegister.verify(List.of(second))).contains(1L);
        assertThatThrownBy(() -> reg.register(i, List.of(), null, null, null, null)).hasMessageContaining("evidence")
                .hasMessageContaining("registeredBy");
    }
}
