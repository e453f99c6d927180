package dev.kefu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.id.AccountId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.security.accounts.Account;
import dev.kefu.security.accounts.AccountHygiene;
import dev.kefu.security.duties.AirConditioningTest;
import dev.kefu.security.duties.Duty;
import dev.kefu.security.duties.DutyStatus;
import dev.kefu.security.duties.LeakResponsePolicy;
import dev.kefu.security.duties.PeriodicDuties;
import dev.kefu.security.duties.StepState;
import dev.kefu.security.duties.VulnerabilityPolicy;
import dev.kefu.security.hosts.Host;
import dev.kefu.security.hosts.HostAudit;
import dev.kefu.security.login.Incident;
import dev.kefu.security.login.IncidentKind;
import dev.kefu.security.login.IntrusionRegister;
import dev.kefu.security.login.WeeklyReview;
import dev.kefu.security.password.Argon2idPasswordHasher;
import dev.kefu.security.password.Pbkdf2PasswordHasher;
import dev.kefu.security.rotation.AccountRole;
import dev.kefu.security.rotation.AdministratorHandover;
import dev.kefu.security.rotation.RotationPolicy;
import dev.kefu.security.rotation.RotationStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Boundaries and refusals of the module's smaller entry points, rule by rule. */
class BranchesTest {

    static final Instant T = Instant.parse("2025-06-10T02:00:00Z");
    static final ZoneId SH = ZoneId.of("Asia/Shanghai");

    @Test
    @DisplayName("CORE-DEC-1 times render local; an instant beyond local dates falls back to its ISO text; labels refuse null")
    void messages() {
        assertThat(SecurityMessages.time(T, SH)).isEqualTo("2025-06-10 10:00");
        assertThat(SecurityMessages.time(Instant.MAX, SH)).isEqualTo(Instant.MAX.toString());
        assertThatThrownBy(() -> SecurityMessages.label(null, Locale.ENGLISH)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> SecurityMessages.requireZone(null, null)).hasMessageContaining("zone");
        SecurityMessages.requireZone(SH, null);
        assertThat(SecurityMessages.ordinal(AccountRole.STAFF)).isEqualTo(3);
        assertThat(SecurityInputs.nullOrHasNull((Map<?, ?>) null)).isTrue();
        assertThat(SecurityInputs.nullOrHasNull(Map.of("a", "b"))).isFalse();
    }

    @Test
    @DisplayName("SEC-2 weekly review: exactly 7 days ago still counts; a second more does not")
    void weekly_boundary() {
        assertThat(WeeklyReview.check(List.of(T), T.plus(Duration.ofDays(7)), SH).outcome()).isTrue();
        assertThat(WeeklyReview.check(List.of(T), T.plus(Duration.ofDays(7)).plusSeconds(1), SH).outcome()).isFalse();
        assertThat(WeeklyReview.check(List.of(T), T.plus(Duration.ofDays(1))).explain(Locale.ENGLISH)).contains("2025-06-10 10:00");
        assertThatThrownBy(() -> WeeklyReview.check(List.of(), T, null)).hasMessageContaining("zone");
    }

    @Test
    @DisplayName("SEC-3 rotation: due soon from exactly the warning period; a warning as long as the age is refused")
    void rotation_boundaries() {
        RotationPolicy p = RotationPolicy.regulation();
        Instant due = T.plus(Duration.ofDays(15));
        assertThat(p.status(AccountRole.SYSTEM_OPERATOR, T, due.minus(Duration.ofDays(3))).outcome().state()).isEqualTo(RotationStatus.State.DUE_SOON);
        assertThat(p.status(AccountRole.SYSTEM_OPERATOR, T, due.minus(Duration.ofDays(3)).minusSeconds(1)).outcome().state())
                .isEqualTo(RotationStatus.State.OK);
        assertThat(p.status(AccountRole.SYSTEM_OPERATOR, T, due.minusSeconds(1)).outcome().state()).isEqualTo(RotationStatus.State.DUE_SOON);
        assertThat(p.status(AccountRole.SYSTEM_OPERATOR, T, T).outcome().state()).as("changed just now").isEqualTo(RotationStatus.State.OK);
        assertThatThrownBy(() -> RotationPolicy.builder().zone(SH).maxAge(AccountRole.STAFF, Duration.ofDays(3)).build())
                .hasMessageContaining("warnBefore").hasMessageContaining("72 hours");
        assertThatThrownBy(() -> RotationPolicy.builder().zone(null).build()).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(1));
        assertThat(RotationPolicy.builder().zone(SH).maxAge(AccountRole.STAFF, Duration.ofDays(3)).warnBefore(Duration.ofDays(2)).build()
                .status(AccountRole.STAFF, T, T.plus(Duration.ofDays(2))).outcome().state()).isEqualTo(RotationStatus.State.DUE_SOON);
        assertThat(RotationPolicy.regulation(SH).status(AccountRole.STAFF, T, T).explain(Locale.ENGLISH)).contains("staff accounts");
    }

    @Test
    @DisplayName("SEC-4 account hygiene: unused exactly at the period is not yet unused; creation after the review is refused")
    void hygiene_boundaries() {
        AccountHygiene h = AccountHygiene.unusedAfter(Duration.ofDays(90));
        Account at = new Account(AccountId.of("a"), EmployeeId.of("a"), true, Optional.of(T), T, false);
        assertThat(h.review(List.of(at), T.plus(Duration.ofDays(90))).outcome()).isEmpty();
        assertThat(h.review(List.of(at), T.plus(Duration.ofDays(90)).plusSeconds(1)).outcome()).extracting(AccountHygiene.Finding::kind)
                .containsExactly(AccountHygiene.Kind.UNUSED);
        Account created = new Account(AccountId.of("b"), EmployeeId.of("b"), true, Optional.empty(), T.plusSeconds(1), false);
        assertThatThrownBy(() -> h.review(List.of(created), T)).hasMessageContaining("accounts[0]");
        Account left = new Account(AccountId.of("c"), EmployeeId.of("c"), false, Optional.empty(), T, true);
        assertThat(h.review(List.of(left), T).outcome()).extracting(AccountHygiene.Finding::action).containsExactly(AccountHygiene.Action.REMOVE_ACCOUNT);
    }

    @Test
    @DisplayName("SEC-1 SEC-10 host audit: locked exactly at the limit is in time; bad settings are each named once")
    void host_boundaries() {
        HostAudit audit = HostAudit.builder().idleLimit(Duration.ofMinutes(5)).workSoftware(Set.of()).zone(SH).build();
        assertThat(audit.audit(List.of(), List.of(new HostAudit.IdlePeriod("pc", T, T.plusSeconds(300), T.plusSeconds(900))), List.of(), Set.of())
                .outcome()).isEmpty();
        assertThat(audit.audit(List.of(), List.of(new HostAudit.IdlePeriod("pc", T, null, T.plusSeconds(300))), List.of(), Set.of())
                .outcome()).as("came back exactly at the limit").isEmpty();
        assertThatThrownBy(() -> new HostAudit.IdlePeriod("pc", T, T.minusSeconds(1), T.plusSeconds(10))).hasMessageContaining("idle.lockedAt");
        assertThatThrownBy(() -> HostAudit.builder().idleLimit(null).workSoftware(null).zone(null).build())
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(3));
        assertThatThrownBy(() -> new Host(null, null, false, Map.of())).hasMessageContaining("host.name").hasMessageContaining("host.owner");
        Host personal = new Host("pc-9", Optional.of(EmployeeId.of("li")), false, Map.of());
        assertThat(audit.audit(List.of(personal), List.of(), List.of(new HostAudit.Use("pc-unknown", EmployeeId.of("li"), T)),
                Set.of(EmployeeId.of("li"))).outcome()).isEmpty();
    }

    @Test
    @DisplayName("SEC-8 register: a record needs evidence and a positive sequence; verify of an empty chain against the genesis head passes")
    void register_refusals() {
        Incident i = new Incident(IncidentKind.PORT_SCAN, T, AccountId.of("h"), "s", 1);
        EmployeeId e = EmployeeId.of("admin");
        assertThatThrownBy(() -> new IntrusionRegister.IntrusionRecord(0, i, List.of(), e, T, e, T, "p", "h")).hasMessageContaining("sequence")
                .hasMessageContaining("evidence");
        assertThatThrownBy(() -> new IntrusionRegister().register(i, Arrays.asList("a", null), e, T, e, T)).hasMessageContaining("evidence");
        assertThat(IntrusionRegister.verify(List.of(), IntrusionRegister.GENESIS)).isEmpty();
        assertThat(IntrusionRegister.restore(List.of(), IntrusionRegister.GENESIS).records()).isEmpty();
        IntrusionRegister r = new IntrusionRegister();
        r.register(i, List.of("x"), e, T, e, T);
        r.register(i, List.of("y"), e, T, e, T);
        assertThat(r.verify()).as("equal registration times are in order").isEmpty();
    }

    @Test
    @DisplayName("SEC-5 a change before the departure and none after: overdue, and the explanation says why")
    void handover_early_overdue() {
        AdministratorHandover h = new AdministratorHandover(T, EmployeeId.of("succ"), Optional.of(T.minusSeconds(60)), Optional.of(EmployeeId.of("succ")));
        assertThat(h.status(T.plusSeconds(3601), SH).explain(Locale.ENGLISH)).contains("before the departure").contains("not again by");
        assertThat(h.status(T.plusSeconds(3600), SH).outcome()).isEqualTo(AdministratorHandover.State.NOT_YET_DUE);
        assertThatThrownBy(() -> h.status(T, null)).hasMessageContaining("zone");
        assertThatThrownBy(() -> new AdministratorHandover(T, EmployeeId.of("s"), Optional.empty(), Optional.empty(), null))
                .hasMessageContaining("supervision");
    }

    @Test
    @DisplayName("SEC-11 SEC-13 SEC-14 SEC-15 duty checks refuse malformed input and name each setting")
    void duties_refusals() {
        PeriodicDuties d = PeriodicDuties.builder().interval(Duty.SERVER_LOG_CHECK, Duration.ofDays(1)).zone(SH).build();
        assertThatThrownBy(() -> d.check(null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(3));
        assertThatThrownBy(() -> d.check(Duty.SERVER_LOG_CHECK, Arrays.asList((Instant) null), T)).hasMessageContaining("done");
        assertThatThrownBy(() -> d.checkAirConditioning(null, T)).hasMessageContaining("tests");
        assertThatThrownBy(() -> PeriodicDuties.builder().duties(null).interval(null, null).zone(null).build())
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(3));
        assertThat(d.check(Duty.SERVER_LOG_CHECK, List.of(T), T.plus(Duration.ofDays(1))).outcome().state()).isEqualTo(DutyStatus.State.CURRENT);
        assertThatThrownBy(() -> new AirConditioningTest(null, null)).hasMessageContaining("test.at").hasMessageContaining("test.results");
        assertThat(new AirConditioningTest(T, Map.of(AirConditioningTest.Indicator.HUMIDITY, " ")).missing()).hasSize(5);
        LeakResponsePolicy leak = LeakResponsePolicy.builder().containWithin(Duration.ofMinutes(10)).reportWithin(Duration.ofHours(1)).zone(SH).build();
        assertThatThrownBy(() -> leak.check(null, null)).satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(2));
        assertThatThrownBy(() -> new LeakResponsePolicy.Leak(T, Optional.empty(), Optional.of(T.minusSeconds(1)), Optional.empty()))
                .hasMessageContaining("leak.reportedAt");
        assertThatThrownBy(() -> new LeakResponsePolicy.Leak(null, null, null, null)).hasMessageContaining("leak.discoveredAt")
                .hasMessageContaining("leak.reportedTo");
        assertThatThrownBy(() -> LeakResponsePolicy.builder().containWithin(Duration.ZERO).reportWithin(Duration.ofSeconds(-1)).zone(null).build())
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(3));
        assertThat(leak.check(new LeakResponsePolicy.Leak(T, Optional.of(T.plusSeconds(600)), Optional.empty(), Optional.empty()), T.plusSeconds(601))
                .outcome().containment()).isEqualTo(StepState.DONE_IN_TIME);
        assertThatThrownBy(() -> VulnerabilityPolicy.of(Duration.ofDays(-1), SH)).hasMessageContaining("fixWithin");
        VulnerabilityPolicy v = VulnerabilityPolicy.of(Duration.ofDays(1), ZoneOffset.UTC);
        assertThat(v.check(new VulnerabilityPolicy.Vulnerability("s", T, Optional.of(T.plusSeconds(60))), T).outcome())
                .as("a fix recorded for later is not yet seen").isEqualTo(StepState.PENDING);
        assertThat(v.check(new VulnerabilityPolicy.Vulnerability("s", T, Optional.empty()), T.plus(Duration.ofDays(1))).outcome())
                .isEqualTo(StepState.PENDING);
        assertThatThrownBy(() -> v.check(null, null)).satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(2));
        assertThatThrownBy(() -> new VulnerabilityPolicy.Vulnerability(null, null, null)).hasMessageContaining("vulnerability.server");
    }

    @Test
    @DisplayName("SEC-4 the hashers refuse an empty candidate and a missing stored hash")
    void hasher_refusals() {
        Pbkdf2PasswordHasher fast = Pbkdf2PasswordHasher.withIterations(1_000);
        assertThatThrownBy(() -> fast.needsRehash(null)).hasMessageContaining("encoded");
        assertThatThrownBy(() -> Argon2idPasswordHasher.of(64, 1, 1).verify(new char[0], "x")).hasMessageContaining("password");
        assertThatThrownBy(() -> Argon2idPasswordHasher.of(64, 1, 1).hash(null)).hasMessageContaining("password");
    }
}
