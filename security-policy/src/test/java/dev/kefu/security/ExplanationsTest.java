package dev.kefu.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.AccountId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.security.accounts.Account;
import dev.kefu.security.accounts.AccountHygiene;
import dev.kefu.security.duties.Duty;
import dev.kefu.security.duties.PeriodicDuties;
import dev.kefu.security.login.WeeklyReview;
import dev.kefu.security.machineroom.MachineRoomAudit;
import dev.kefu.security.machineroom.RoomEvent;
import dev.kefu.security.machineroom.RoomProhibitions;
import dev.kefu.security.password.AccountClass;
import dev.kefu.security.password.PasswordContext;
import dev.kefu.security.password.PasswordPolicy;
import dev.kefu.security.rotation.AccountRole;
import dev.kefu.security.rotation.AdministratorHandover;
import dev.kefu.security.rotation.RotationPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CORE-DEC-1 (issue 13): explanations show labels, never enum constant names, and local times. */
class ExplanationsTest {

    static final Locale[] LOCALES = {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE};
    static final String RAW = "[A-Z]+_[A-Z_]+";
    static final String ISO = "\\d{4}-\\d{2}-\\d{2}T\\d{2}";
    static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    static final Instant T = Instant.parse("2025-06-10T02:00:00Z");

    /** Every enum compiled into the module. */
    static List<Class<?>> enums() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, ExplanationsTest.class.getClassLoader());
                if (c.isEnum()) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    @Test
    @DisplayName("CORE-DEC-1 every enum of the module has a zh-CN and an English label, and both bundles have the same keys")
    void labels() throws Exception {
        List<Class<?>> enums = enums();
        assertThat(enums).hasSizeGreaterThan(15);
        for (Class<?> c : enums) {
            for (Object constant : c.getEnumConstants()) {
                Enum<?> e = (Enum<?>) constant;
                for (Locale l : LOCALES) {
                    String key = "enum." + c.getSimpleName() + "." + e.name();
                    assertThat(SecurityMessages.BUNDLE.contains(l, key)).as(key + " in " + l).isTrue();
                    assertThat(SecurityMessages.label(e, l)).doesNotContainPattern(RAW).isNotBlank();
                }
            }
        }
        assertThat(SecurityMessages.label(AccountRole.SYSTEM_ADMINISTRATOR, Locale.CHINA)).isEqualTo("系统管理员");
        assertThat(SecurityMessages.BUNDLE.keys(Locale.CHINA)).isEqualTo(SecurityMessages.BUNDLE.keys(Locale.ENGLISH));
    }

    @Test
    @DisplayName("CORE-DEC-1 every message pattern renders without a constant name for every ordinal a choice may receive")
    void patterns() {
        for (Locale l : LOCALES) {
            for (String key : SecurityMessages.BUNDLE.keys(l)) {
                for (int ordinal = 0; ordinal < 12; ordinal++) {
                    Object[] args = {ordinal, ordinal, ordinal, "2025-06-10 10:00"};
                    assertThat(SecurityMessages.BUNDLE.format(l, key, args)).as(key).doesNotContainPattern(RAW);
                }
            }
        }
        Set<String> roles = new HashSet<>();
        for (AccountRole r : AccountRole.values()) {
            String s = SecurityMessages.BUNDLE.format(Locale.CHINA, "rotation.notRequired", SecurityMessages.ordinal(r));
            assertThat(s).contains(SecurityMessages.label(r, Locale.CHINA));
            roles.add(s);
        }
        assertThat(roles).hasSize(AccountRole.values().length);
        for (AccountClass c : AccountClass.values()) {
            assertThat(SecurityMessages.BUNDLE.format(Locale.ENGLISH, "password.ok", SecurityMessages.ordinal(c)))
                    .contains(SecurityMessages.label(c, Locale.ENGLISH));
        }
        for (RoomProhibitions.Act a : RoomProhibitions.Act.values()) {
            assertThat(SecurityMessages.BUNDLE.format(Locale.CHINA, "prohibition.found", "p", "t", SecurityMessages.ordinal(a)))
                    .contains(SecurityMessages.label(a, Locale.CHINA));
        }
        Set<String> duties = new HashSet<>();
        for (Duty d : Duty.values()) {
            duties.add(SecurityMessages.BUNDLE.format(Locale.ENGLISH, "duty.never", SecurityMessages.ordinal(d), 24));
        }
        assertThat(duties).hasSize(Duty.values().length);
    }

    @Test
    @DisplayName("CORE-DEC-1 SEC-2 SEC-3 SEC-4 SEC-5 SEC-9 explanations show roles by label and times as local yyyy-MM-dd HH:mm")
    void explanations() {
        List<Decision<?>> decisions = new ArrayList<>();
        RotationPolicy rotation = RotationPolicy.regulation(SH);
        for (AccountRole r : AccountRole.values()) {
            decisions.add(rotation.status(r, T, T.plus(Duration.ofDays(13))));
            decisions.add(rotation.status(r, T, T.plus(Duration.ofDays(20))));
            decisions.add(rotation.status(r, T, T.plus(Duration.ofDays(1))));
        }
        for (AccountClass c : AccountClass.values()) {
            decisions.add(PasswordPolicy.regulation().check("abc".toCharArray(), c, PasswordContext.NONE));
            decisions.add(PasswordPolicy.regulation().check("Vx9#qLm2!pTz".toCharArray(), c, PasswordContext.NONE));
        }
        decisions.add(new AdministratorHandover(T, EmployeeId.of("succ"), Optional.empty(), Optional.empty()).status(T.plusSeconds(7200), SH));
        decisions.add(WeeklyReview.check(List.of(T), T.plus(Duration.ofDays(9)), SH));
        decisions.add(WeeklyReview.check(List.of(T), T.plus(Duration.ofDays(1)), SH));
        decisions.add(AccountHygiene.unusedAfter(Duration.ofDays(90)).review(List.of(
                new Account(AccountId.of("a"), EmployeeId.of("a"), false, Optional.empty(), T, true)), T.plus(Duration.ofDays(100))));
        decisions.add(MachineRoomAudit.audit(List.of(new RoomEvent(T, EmployeeId.of("it1"), true, true, Optional.empty(), Optional.empty()),
                new RoomEvent(T.plusSeconds(600), EmployeeId.of("it1"), false, true, Optional.empty(), Optional.empty())), List.of(), List.of(),
                List.of(), Year.of(2025), SH));
        decisions.add(PeriodicDuties.builder().interval(Duty.CUSTOMER_DATA_BACKUP, Duration.ofDays(1)).zone(SH).build()
                .check(Duty.CUSTOMER_DATA_BACKUP, List.of(T), T.plus(Duration.ofDays(2))));
        for (Decision<?> d : decisions) {
            for (Locale l : LOCALES) {
                assertThat(d.explain(l)).as(d.toString()).doesNotContainPattern(RAW).doesNotContainPattern(ISO);
            }
        }
        assertThat(rotation.status(AccountRole.SYSTEM_ADMINISTRATOR, T, T.plus(Duration.ofDays(20))).explain(Locale.CHINA))
                .contains("系统管理员").contains("2025-06-25 10:00");
        assertThat(MachineRoomAudit.audit(List.of(), List.of(), List.of(LocalDate.of(2025, 1, 1)), Year.of(2025)).explain(Locale.ENGLISH))
                .contains("all in order");
    }
}
