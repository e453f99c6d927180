package dev.kefu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.kefu.core.id.AccountId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.security.access.AccessApplication;
import dev.kefu.security.access.CustomerDataAccess;
import dev.kefu.security.accounts.Account;
import dev.kefu.security.accounts.AccountHygiene;
import dev.kefu.security.hosts.Host;
import dev.kefu.security.hosts.HostAudit;
import dev.kefu.security.login.AccountDirectory;
import dev.kefu.security.login.Incident;
import dev.kefu.security.login.IncidentKind;
import dev.kefu.security.login.IntrusionRegister;
import dev.kefu.security.login.IntrusionRegister.IntrusionRecord;
import dev.kefu.security.login.LoginEvent;
import dev.kefu.security.login.LoginReviewer;
import dev.kefu.security.login.ReviewSettings;
import dev.kefu.security.login.WeeklyReview;
import dev.kefu.security.machineroom.MachineRoomAudit;
import dev.kefu.security.machineroom.Operation;
import dev.kefu.security.machineroom.RoomEvent;
import dev.kefu.security.password.AccountClass;
import dev.kefu.security.password.Argon2idPasswordHasher;
import dev.kefu.security.password.PasswordCheck;
import dev.kefu.security.password.PasswordContext;
import dev.kefu.security.password.PasswordHistory;
import dev.kefu.security.password.PasswordPolicy;
import dev.kefu.security.password.Pbkdf2PasswordHasher;
import dev.kefu.security.rotation.AccountRole;
import dev.kefu.security.rotation.AdministratorHandover;
import dev.kefu.security.rotation.RotationPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every security-policy finding of the bad-input report (shared/reviews/2026-11-24-bad-input.md,
 * appendix rows 31–63, 223–263, 267–268), each with the attacking input kept. "BI-n" is the row.
 */
class BadInputFindingsTest {

    static final Instant T = Instant.parse("2025-10-09T02:00:00Z");
    static final Pbkdf2PasswordHasher PBKDF2 = Pbkdf2PasswordHasher.withIterations(1_000);
    static final Argon2idPasswordHasher ARGON = Argon2idPasswordHasher.of(64, 1, 1);
    static final String SALT16 = b64(new byte[16]);
    static final String KEY32 = b64(new byte[32]);
    static final EmployeeId E1 = EmployeeId.of("E1");
    static final CustomerId C1 = CustomerId.of("C1");

    static String b64(byte[] b) {
        return Base64.getEncoder().withoutPadding().encodeToString(b);
    }

    static void refused(Executable call) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(call::execute).isInstanceOf(PolicyInputException.class));
    }

    static Incident incident(String account, String source, int count) {
        return new Incident(IncidentKind.REPEATED_FAILURES, T, AccountId.of(account), source, count);
    }

    static HostAudit hosts() {
        return HostAudit.builder().idleLimit(Duration.ofMinutes(5)).workSoftware(Set.of("Excel")).zone(ZoneOffset.UTC).build();
    }

    static final AccountDirectory DIR = new AccountDirectory() {
        @Override
        public Status status(AccountId account) {
            return Status.ACTIVE;
        }

        @Override
        public boolean privileged(AccountId account) {
            return false;
        }

        @Override
        public Set<String> knownSources(AccountId account) {
            return Set.of();
        }
    };

    // ---------------------------------------------------------------- silent wrong answers

    @Test
    @DisplayName("BI-31 SEC-4 AccountHygiene: a last login after now or before creation is refused")
    void bi31() {
        AccountHygiene h = AccountHygiene.unusedAfter(Duration.ofDays(90));
        refused(() -> h.review(List.of(new Account(AccountId.of("a"), E1, true, Optional.of(T.plusSeconds(60)), T.minusSeconds(60), false)), T));
        refused(() -> new Account(AccountId.of("a"), E1, true, Optional.of(T.minusSeconds(120)), T.minusSeconds(60), false));
    }

    @Test
    @DisplayName("BI-32 SEC-4 Argon2id.verify: a 2-byte salt is refused, not computed")
    void bi32() {
        refused(() -> ARGON.verify("pw".toCharArray(), "$argon2id$v=19$m=64,t=1,p=1$" + b64(new byte[2]) + "$" + KEY32));
    }

    @Test
    @DisplayName("BI-33 SEC-4 Argon2id.verify: an empty salt is refused")
    void bi33() {
        refused(() -> ARGON.verify("pw".toCharArray(), "$argon2id$v=19$m=64,t=1,p=1$$" + KEY32));
    }

    @Test
    @DisplayName("BI-34 SEC-4 Argon2id: the hash of \"Pass\\uD800word1!\" never verifies \"Pass?word1!\" (lone surrogate refused)")
    void bi34() {
        refused(() -> ARGON.hash("Pass\uD800word1!".toCharArray()));
        String h = ARGON.hash("Pass?word1!".toCharArray());
        refused(() -> ARGON.verify("Pass\uD800word1!".toCharArray(), h));
        refused(() -> ARGON.verify("Pass\uDBFFword1!".toCharArray(), h));
    }

    @Test
    @DisplayName("BI-35 SEC-4 Argon2id.verify: unknown parameter names x=64,y=1,z=1 are refused")
    void bi35() {
        String good = ARGON.hash("pw".toCharArray());
        String renamed = good.replace("m=64,t=1,p=1", "x=64,y=1,z=1");
        refused(() -> ARGON.verify("pw".toCharArray(), renamed));
        refused(() -> ARGON.verify("pw".toCharArray(), good.replace("m=64,t=1,p=1", "t=1,m=64,p=1")));
        refused(() -> ARGON.verify("pw".toCharArray(), good.replace("m=64,t=1,p=1", "m=64,t=1,p=1,k=2")));
    }

    @Test
    @DisplayName("BI-36 SEC-11 AccessApplication: until before from is refused")
    void bi36() {
        refused(() -> new AccessApplication(E1, EmployeeId.of("M"), Set.of(C1), T, T.minusSeconds(1)));
    }

    @Test
    @DisplayName("BI-37 SEC-1 HostAudit.IdlePeriod: next input before last input is refused")
    void bi37() {
        refused(() -> new HostAudit.IdlePeriod("pc", T, null, T.minusSeconds(1)));
    }

    @Test
    @DisplayName("BI-38 SEC-8 IntrusionRegister: an incident count of -1 is refused")
    void bi38() {
        refused(() -> new IntrusionRegister().register(incident("acc-1", "s", -1), List.of("l"), E1, T, E1, T));
    }

    @Test
    @DisplayName("BI-39 SEC-8 IntrusionRegister: a registration earlier than the previous record's is refused")
    void bi39() {
        IntrusionRegister r = new IntrusionRegister();
        r.register(incident("a", "s", 5), List.of("l"), E1, T.plusSeconds(3600), E1, T.plusSeconds(3600));
        refused(() -> r.register(incident("b", "s", 5), List.of("l"), E1, T.plusSeconds(60), E1, T.plusSeconds(60)));
        assertThat(r.records()).hasSize(1);
    }

    @Test
    @DisplayName("BI-40 SEC-8 IntrusionRegister: registered or reported before the incident is refused")
    void bi40() {
        IntrusionRegister r = new IntrusionRegister();
        refused(() -> r.register(incident("a", "s", 5), List.of("l"), E1, T.minusSeconds(60), E1, T.minusSeconds(120)));
        assertThat(r.records()).isEmpty();
    }

    @Test
    @DisplayName("BI-41 SEC-8 IntrusionRegister.verify: text moved between account and source ('acc|1','10.0.0.1') -> ('acc','1|10.0.0.1') is detected")
    void bi41() {
        IntrusionRegister r = new IntrusionRegister();
        IntrusionRecord rec = r.register(incident("acc|1", "10.0.0.1", 5), List.of("l"), E1, T, E1, T);
        IntrusionRecord moved = new IntrusionRecord(rec.sequence(), incident("acc", "1|10.0.0.1", 5), rec.evidence(), rec.registeredBy(),
                rec.registeredAt(), rec.reportedTo(), rec.reportedAt(), rec.previousHash(), rec.hash());
        assertThat(IntrusionRegister.verify(List.of(moved))).contains(1L);
        List<String> lines = List.of("a", "bc");
        IntrusionRecord r2 = new IntrusionRegister().register(incident("x", "s", 1), lines, E1, T, E1, T);
        IntrusionRecord joined = new IntrusionRecord(1, r2.incident(), List.of("ab", "c"), E1, T, E1, T, r2.previousHash(), r2.hash());
        assertThat(IntrusionRegister.verify(List.of(joined))).as("lines re-split").contains(1L);
    }

    @Test
    @DisplayName("BI-42 SEC-8 IntrusionRegister.verify: a dropped last record is detected against the head digest")
    void bi42() {
        IntrusionRegister r = new IntrusionRegister();
        r.register(incident("a", "s", 5), List.of("l1"), E1, T, E1, T);
        r.register(incident("b", "s", 5), List.of("l2"), E1, T.plusSeconds(60), E1, T.plusSeconds(60));
        String head = r.head();
        List<IntrusionRecord> truncated = r.records().subList(0, 1);
        assertThat(IntrusionRegister.verify(truncated, head)).contains(2L);
        assertThat(IntrusionRegister.verify(List.of(), head)).contains(1L);
        refused(() -> IntrusionRegister.restore(truncated, head));
        assertThat(IntrusionRegister.verify(r.records(), head)).isEmpty();
    }

    @Test
    @DisplayName("BI-43 SEC-8 IntrusionRegister.verify: a rewritten sequence number (2 -> 7) is detected")
    void bi43() {
        IntrusionRegister r = new IntrusionRegister();
        r.register(incident("a", "s", 5), List.of("l1"), E1, T, E1, T);
        IntrusionRecord second = r.register(incident("b", "s", 5), List.of("l2"), E1, T.plusSeconds(60), E1, T.plusSeconds(60));
        IntrusionRecord renumbered = new IntrusionRecord(7, second.incident(), second.evidence(), second.registeredBy(), second.registeredAt(),
                second.reportedTo(), second.reportedAt(), second.previousHash(), second.hash());
        assertThat(IntrusionRegister.verify(List.of(r.records().get(0), renumbered))).contains(2L);
    }

    @Test
    @DisplayName("BI-44 SEC-2 LoginReviewer with a calendar: a login the calendar does not cover is a CalendarCoverageException, state untouched")
    void bi44() {
        LoginReviewer r = LoginReviewer.create(ReviewSettings.suggested(Set.of()), DIR,
                Optional.of(dev.kefu.core.calendar.BusinessCalendar.chinaOfficial()), i -> { });
        LoginReviewer.State before = r.state();
        assertThatThrownBy(() -> r.accept(new LoginEvent(Instant.parse("2999-01-01T02:00:00Z"), AccountId.of("acc-1"), "h", "s", true, "p")))
                .isInstanceOf(dev.kefu.core.calendar.CalendarCoverageException.class);
        assertThat(r.state()).isEqualTo(before);
    }

    @Test
    @DisplayName("BI-45 SEC-3 PasswordHistory.after: \"not a hash\" is refused")
    void bi45() {
        refused(() -> PasswordHistory.of(PBKDF2, 3).after("not a hash", List.of()));
    }

    @Test
    @DisplayName("BI-46 SEC-3 PasswordPolicy: five emoji are 5 characters, too short for an important account")
    void bi46() {
        PasswordCheck c = PasswordPolicy.regulation().check("🐼🍜🚄🎋🧧".toCharArray(), AccountClass.IMPORTANT, PasswordContext.NONE).outcome();
        assertThat(c.valid()).isFalse();
        assertThat(c.violations()).contains("TOO_SHORT");
    }

    @Test
    @DisplayName("BI-47 SEC-4 PBKDF2: the hash of \"Kf#93vLq!x7Tz\\u0000\" never verifies \"Kf#93vLq!x7Tz\" (NUL refused)")
    void bi47() {
        refused(() -> PBKDF2.hash("Kf#93vLq!x7Tz\u0000".toCharArray()));
        String h = PBKDF2.hash("Kf#93vLq!x7Tz".toCharArray());
        refused(() -> PBKDF2.verify("Kf#93vLq!x7Tz\u0000".toCharArray(), h));
    }

    @Test
    @DisplayName("BI-48 SEC-4 PBKDF2: the hash of \"Pass\\uD800word1!\" never verifies \"Pass?word1!\" (lone surrogate refused)")
    void bi48() {
        refused(() -> PBKDF2.hash("Pass\uD800word1!".toCharArray()));
        String h = PBKDF2.hash("Pass?word1!".toCharArray());
        refused(() -> PBKDF2.verify("Pass\uD800word1!".toCharArray(), h));
        assertThat(PBKDF2.verify("Pass?word1!".toCharArray(), h)).isTrue();
    }

    @Test
    @DisplayName("BI-49 SEC-4 PBKDF2.verify: a stored count of 1 iteration (below the 1,000 floor) is refused")
    void bi49() {
        refused(() -> PBKDF2.verify("pw".toCharArray(), "pbkdf2-sha256$1$" + SALT16 + "$" + KEY32));
    }

    @Test
    @DisplayName("BI-50 SEC-3 RotationPolicy.Builder: maxAge 1 hour with warnBefore 3 days is refused")
    void bi50() {
        refused(() -> RotationPolicy.builder().zone(ZoneOffset.UTC).maxAge(AccountRole.STAFF, Duration.ofHours(1)).build());
    }

    @Test
    @DisplayName("BI-51 SEC-3 RotationPolicy.status: lastChanged after now is refused")
    void bi51() {
        refused(() -> RotationPolicy.regulation().status(AccountRole.SYSTEM_ADMINISTRATOR, T.plusSeconds(86_400), T));
    }

    // ---------------------------------------------------------------- denial of service

    @Test
    @DisplayName("BI-53 SEC-4 Argon2idPasswordHasher.of: m = 2^31-1 KiB is refused at the factory")
    void bi53() {
        refused(() -> Argon2idPasswordHasher.of(Integer.MAX_VALUE, 1, 1));
    }

    @Test
    @DisplayName("BI-54 SEC-4 Argon2id.verify: a stored m = 2^31-1 KiB is refused before allocating")
    void bi54() {
        refused(() -> ARGON.verify("pw".toCharArray(), "$argon2id$v=19$m=2147483647,t=1,p=1$" + SALT16 + "$" + KEY32));
    }

    @Test
    @DisplayName("BI-55 SEC-4 Argon2id.verify: a stored m = 4 GiB is refused before allocating")
    void bi55() {
        refused(() -> Argon2idPasswordHasher.owaspMinimum().verify("pw".toCharArray(), "$argon2id$v=19$m=4194304,t=2,p=1$" + SALT16 + "$" + KEY32));
    }

    @Test
    @DisplayName("BI-56 SEC-4 Argon2id.verify: a stored t = 2^31-1 is refused at once")
    void bi56() {
        refused(() -> ARGON.verify("pw".toCharArray(), "$argon2id$v=19$m=64,t=2147483647,p=1$" + SALT16 + "$" + KEY32));
    }

    @Test
    @DisplayName("BI-57 SEC-3 PasswordPolicy.check: a 1 MB square-free password returns fast as TOO_LONG")
    void bi57() {
        char[] big = squareFree(1 << 20);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            PasswordCheck c = PasswordPolicy.regulation().check(big, AccountClass.IMPORTANT, PasswordContext.NONE).outcome();
            assertThat(c.violations()).containsExactly("TOO_LONG");
        });
        char[] longest = Arrays.copyOf(squareFree(1024), 1024);
        PasswordPolicy wide = PasswordPolicy.builder().maxLength(1024).build();
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> wide.check(longest, AccountClass.IMPORTANT, PasswordContext.NONE));
    }

    /** A square-free word over {a, b, c} (the Thue–Morse difference sequence). */
    static char[] squareFree(int n) {
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            int a = Integer.bitCount(i + 1) & 1;
            int b = Integer.bitCount(i) & 1;
            out[i] = (char) ('a' + (a - b + 1));
        }
        return out;
    }

    @Test
    @DisplayName("BI-58 SEC-4 PBKDF2.verify: a stored count of 2^31-1 iterations is refused at once")
    void bi58() {
        refused(() -> PBKDF2.verify("pw".toCharArray(), "pbkdf2-sha256$2147483647$" + SALT16 + "$" + KEY32));
        refused(() -> Pbkdf2PasswordHasher.withIterations(Integer.MAX_VALUE));
    }

    // ---------------------------------------------------------------- immutability

    @Test
    @DisplayName("BI-61 SEC-11 AccessApplication: the scope is copied")
    void bi61() {
        Set<CustomerId> scope = new HashSet<>(Set.of(C1));
        AccessApplication a = new AccessApplication(E1, EmployeeId.of("M"), scope, T, T.plusSeconds(60));
        scope.add(CustomerId.of("C-other"));
        assertThat(a.scope()).containsExactly(C1);
    }

    @Test
    @DisplayName("BI-62 SEC-10 Host: the installed map is copied")
    void bi62() {
        Map<String, String> installed = new HashMap<>(Map.of("Word", "OFFICE"));
        Host h = new Host("pc", Optional.empty(), true, installed);
        installed.put("Steam", "GAME");
        assertThat(h.installed()).containsOnlyKeys("Word");
    }

    @Test
    @DisplayName("BI-63 SEC-8 IntrusionRecord: the evidence list is copied")
    void bi63() {
        List<String> evidence = new ArrayList<>(List.of("a"));
        IntrusionRecord r = new IntrusionRecord(1, incident("a", "s", 1), evidence, E1, T, E1, T, IntrusionRegister.GENESIS, "x");
        evidence.add("b");
        assertThat(r.evidence()).containsExactly("a");
    }

    // ---------------------------------------------------------------- wrong exception types

    @Test
    @DisplayName("BI-223 SEC-4 Account with every field null is a PolicyInputException naming each")
    void bi223() {
        assertThatThrownBy(() -> new Account(null, null, false, null, null, false)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("account.id").hasMessageContaining("account.createdAt");
    }

    @Test
    @DisplayName("BI-224 SEC-4 AccountHygiene.review([null])")
    void bi224() {
        refused(() -> AccountHygiene.unusedAfter(Duration.ofDays(90)).review(Arrays.asList((Account) null), T));
    }

    @Test
    @DisplayName("BI-225 SEC-4 AccountHygiene.review at Instant.MIN answers")
    void bi225() {
        Account a = new Account(AccountId.of("a"), E1, true, Optional.empty(), Instant.MIN, false);
        assertThat(AccountHygiene.unusedAfter(Duration.ofDays(90)).review(List.of(a), Instant.MIN).outcome()).isEmpty();
    }

    @Test
    @DisplayName("BI-226 SEC-4 AccountHygiene with unusedAfter = Long.MAX_VALUE seconds answers")
    void bi226() {
        Account a = new Account(AccountId.of("a"), E1, true, Optional.of(T), T, false);
        assertThat(AccountHygiene.unusedAfter(Duration.ofSeconds(Long.MAX_VALUE)).review(List.of(a), T).outcome()).isEmpty();
    }

    @Test
    @DisplayName("BI-227 SEC-5 AdministratorHandover.status with leftPostAt = Instant.MAX")
    void bi227() {
        refused(() -> new AdministratorHandover(Instant.MAX, E1, Optional.empty(), Optional.empty()).status(T));
    }

    @Test
    @DisplayName("BI-228 SEC-4 Argon2id.verify with a 3-byte key")
    void bi228() {
        refused(() -> ARGON.verify("pw".toCharArray(), "$argon2id$v=19$m=64,t=1,p=1$" + SALT16 + "$" + b64(new byte[3])));
    }

    @Test
    @DisplayName("BI-229 SEC-4 Argon2id.verify with a stored p = 2^24 lanes")
    void bi229() {
        refused(() -> ARGON.verify("pw".toCharArray(), "$argon2id$v=19$m=134217728,t=1,p=16777216$" + SALT16 + "$" + KEY32));
    }

    @Test
    @DisplayName("BI-230 SEC-11 AccessApplication with null approver/scope/from/until")
    void bi230() {
        assertThatThrownBy(() -> new AccessApplication(E1, null, null, null, null)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("approver").hasMessageContaining("scope").hasMessageContaining("from").hasMessageContaining("until");
    }

    static final CustomerDataAccess ACCESS = CustomerDataAccess.of(Set.of("ARCHIVIST"), c -> Optional.empty());

    @Test
    @DisplayName("BI-231 SEC-11 CustomerDataAccess.decide with applications [null]")
    void bi231() {
        refused(() -> ACCESS.decide(E1, Set.of(), C1, T, Arrays.asList((AccessApplication) null)));
    }

    @Test
    @DisplayName("BI-232 SEC-11 CustomerDataAccess.decide when custodianOf returns null")
    void bi232() {
        refused(() -> CustomerDataAccess.of(Set.of(), c -> null).decide(E1, Set.of(), C1, T, List.of()));
    }

    @Test
    @DisplayName("BI-233 SEC-11 CustomerDataAccess.decide with roles {null}")
    void bi233() {
        refused(() -> ACCESS.decide(E1, new HashSet<>(Arrays.asList((String) null)), C1, T, List.of()));
    }

    @Test
    @DisplayName("BI-234 SEC-11 CustomerDataAccess.of with roles {null}")
    void bi234() {
        refused(() -> CustomerDataAccess.of(new HashSet<>(Arrays.asList((String) null)), c -> Optional.empty()));
    }

    @Test
    @DisplayName("BI-235 SEC-1 HostAudit.IdlePeriod with null instants")
    void bi235() {
        refused(() -> new HostAudit.IdlePeriod("pc", null, null, null));
    }

    @Test
    @DisplayName("BI-236 SEC-1 HostAudit.Use with a null user")
    void bi236() {
        refused(() -> new HostAudit.Use("pc", null, T));
    }

    @Test
    @DisplayName("BI-237 SEC-10 a billing Host with a null installed map")
    void bi237() {
        refused(() -> new Host("bill", Optional.empty(), true, null));
    }

    @Test
    @DisplayName("BI-238 SEC-1 HostAudit.audit with idle [null]")
    void bi238() {
        refused(() -> hosts().audit(List.of(), Arrays.asList((HostAudit.IdlePeriod) null), List.of(), Set.of()));
    }

    @Test
    @DisplayName("BI-239 SEC-1 HostAudit with an idle limit of Long.MAX_VALUE seconds")
    void bi239() {
        HostAudit audit = HostAudit.builder().idleLimit(Duration.ofSeconds(Long.MAX_VALUE)).workSoftware(Set.of()).zone(ZoneOffset.UTC).build();
        refused(() -> audit.audit(List.of(), List.of(new HostAudit.IdlePeriod("pc", T, null, T.plusSeconds(60))), List.of(), Set.of()));
    }

    @Test
    @DisplayName("BI-240 SEC-8 Incident(null, null, null, null, 0)")
    void bi240() {
        assertThatThrownBy(() -> new Incident(null, null, null, null, 0)).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("incident.kind").hasMessageContaining("incident.source");
    }

    @Test
    @DisplayName("BI-241 SEC-8 IntrusionRegister.verify([null])")
    void bi241() {
        refused(() -> IntrusionRegister.verify(Arrays.asList((IntrusionRecord) null)));
    }

    @Test
    @DisplayName("BI-242 SEC-8 IntrusionRegister.verify(null)")
    void bi242() {
        refused(() -> IntrusionRegister.verify(null));
        refused(() -> IntrusionRegister.verify(List.of(), null));
    }

    @Test
    @DisplayName("BI-243 SEC-8 IntrusionRecord with null hashes and incident")
    void bi243() {
        refused(() -> new IntrusionRecord(1, null, List.of("l"), E1, T, E1, T, null, null));
    }

    @Test
    @DisplayName("BI-244 SEC-7 LoginReviewer.accept: a failure at Instant.MIN")
    void bi244() {
        List<Incident> found = new ArrayList<>();
        LoginReviewer r = LoginReviewer.create(ReviewSettings.suggested(Set.of()), DIR, Optional.empty(), found::add);
        r.accept(new LoginEvent(Instant.MIN, AccountId.of("a"), "h", "s", false, "p"));
        r.accept(new LoginEvent(Instant.MIN.plusSeconds(1), AccountId.of("a"), "h", "s", false, "p"));
        assertThat(found).isEmpty();
    }

    @Test
    @DisplayName("BI-244 SEC-2 with a calendar, a login at the Instant limits is refused as input, never a DateTimeException")
    void bi244_calendar() {
        LoginReviewer r = LoginReviewer.create(ReviewSettings.suggested(Set.of()), DIR,
                Optional.of(dev.kefu.core.calendar.BusinessCalendar.chinaOfficial()), i -> { });
        assertThatThrownBy(() -> r.accept(new LoginEvent(Instant.MIN, AccountId.of("a"), "h", "s", true, "p")))
                .isInstanceOf(PolicyInputException.class);
        assertThat(r.state().seen()).isZero();
    }

    @Test
    @DisplayName("BI-245 SEC-7 a review window of 1000 years is refused when the settings are built")
    void bi245() {
        refused(() -> new ReviewSettings(Duration.ofDays(365L * 1000), 5, 10, 3));
    }

    @Test
    @DisplayName("BI-246 SEC-9 RoomEvent with null at/person")
    void bi246() {
        refused(() -> new RoomEvent(null, null, true, true, Optional.empty(), Optional.empty()));
    }

    @Test
    @DisplayName("BI-247 SEC-9 MachineRoomAudit.audit with events [null]")
    void bi247() {
        refused(() -> MachineRoomAudit.audit(Arrays.asList((RoomEvent) null), List.of(), List.of(), Year.of(2025)));
    }

    @Test
    @DisplayName("BI-248 SEC-9 MachineRoomAudit.audit with operations [null]")
    void bi248() {
        refused(() -> MachineRoomAudit.audit(List.of(), Arrays.asList((Operation) null), List.of(), Year.of(2025)));
    }

    @Test
    @DisplayName("BI-249 SEC-9 MachineRoomAudit.audit with upsCycles [null]")
    void bi249() {
        refused(() -> MachineRoomAudit.audit(List.of(), List.of(), Arrays.asList((LocalDate) null), Year.of(2025)));
    }

    @Test
    @DisplayName("BI-250 SEC-3 PasswordContext.account(null)")
    void bi250() {
        refused(() -> PasswordContext.account(null));
    }

    @Test
    @DisplayName("BI-251 SEC-3 PasswordHistory.after(hash, [null])")
    void bi251() {
        String h = PBKDF2.hash("Pw-1-okay".toCharArray());
        refused(() -> PasswordHistory.of(PBKDF2, 3).after(h, Arrays.asList((String) null)));
    }

    @Test
    @DisplayName("BI-252 SEC-3 PasswordHistory.after(hash, null)")
    void bi252() {
        String h = PBKDF2.hash("Pw-1-okay".toCharArray());
        refused(() -> PasswordHistory.of(PBKDF2, 3).after(h, null));
    }

    @Test
    @DisplayName("BI-253 SEC-3 PasswordHistory.after(null, [hash])")
    void bi253() {
        String h = PBKDF2.hash("Pw-1-okay".toCharArray());
        refused(() -> PasswordHistory.of(PBKDF2, 3).after(null, List.of(h)));
    }

    @Test
    @DisplayName("BI-254 SEC-3 PasswordPolicy.Builder.commonPasswords({\"abc\", null})")
    void bi254() {
        refused(() -> PasswordPolicy.builder().commonPasswords(new HashSet<>(Arrays.asList("abc", null))).build());
    }

    @Test
    @DisplayName("BI-255 SEC-3 new PasswordContext(null, null, null)")
    void bi255() {
        refused(() -> new PasswordContext(null, null, null));
    }

    @Test
    @DisplayName("BI-256 SEC-3 RotationPolicy maxAge of Long.MAX_VALUE seconds, then status()")
    void bi256() {
        RotationPolicy p = RotationPolicy.builder().zone(ZoneOffset.UTC).maxAge(AccountRole.STAFF, Duration.ofSeconds(Long.MAX_VALUE)).build();
        refused(() -> p.status(AccountRole.STAFF, T, T));
    }

    @Test
    @DisplayName("BI-257 SEC-3 RotationPolicy warnBefore of Long.MAX_VALUE seconds is refused at build()")
    void bi257() {
        refused(() -> RotationPolicy.builder().zone(ZoneOffset.UTC).maxAge(AccountRole.STAFF, Duration.ofDays(15))
                .warnBefore(Duration.ofSeconds(Long.MAX_VALUE)).build());
    }

    @Test
    @DisplayName("BI-258 SEC-3 RotationPolicy.status with lastChanged = Instant.MAX")
    void bi258() {
        refused(() -> RotationPolicy.regulation().status(AccountRole.SYSTEM_ADMINISTRATOR, Instant.MAX, Instant.MAX));
    }

    @Test
    @DisplayName("BI-259 SEC-2 WeeklyReview.check([null], now)")
    void bi259() {
        refused(() -> WeeklyReview.check(Arrays.asList((Instant) null), T));
    }

    @Test
    @DisplayName("BI-263 SEC-2 LoginReviewer.review(null, null, null, null) names every missing argument")
    void bi263() {
        assertThatThrownBy(() -> LoginReviewer.review(null, null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(4));
    }

    @Test
    @DisplayName("BI-267 SEC-4 PBKDF2: the hash of \"!\" never verifies \"!\\u0000\"")
    void bi267() {
        String h = PBKDF2.hash("!".toCharArray());
        refused(() -> PBKDF2.verify("!\u0000".toCharArray(), h));
    }

    @Test
    @DisplayName("BI-268 SEC-4 Argon2id: the hash of \"?\" never verifies \"\\uD800\"")
    void bi268() {
        String h = ARGON.hash("?".toCharArray());
        refused(() -> ARGON.verify("\uD800".toCharArray(), h));
    }
}
