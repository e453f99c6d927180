package dev.kefu.sales.floor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared test helpers. */
final class Fixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final EmployeeId A = EmployeeId.of("A");
    static final EmployeeId B = EmployeeId.of("B");
    static final EmployeeId C = EmployeeId.of("C");
    static final EmployeeId D = EmployeeId.of("D");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z]+_[A-Z_]+");

    private Fixtures() {
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    /** Both explanations render, differ, carry no enum constant names and return the English one. */
    static String explained(Decision<?> d) {
        String en = d.explain(Locale.ENGLISH);
        String zh = d.explain(Locale.SIMPLIFIED_CHINESE);
        assertThat(en).isNotBlank().doesNotContainPattern(CONSTANT);
        assertThat(zh).isNotBlank().doesNotContainPattern(CONSTANT).isNotEqualTo(en);
        return en;
    }

    /** The call throws a PolicyInputException whose paths include each given path. */
    static PolicyInputException rejects(ThrowingCallable call, String... paths) {
        PolicyInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(PolicyInputException.class, call);
        assertThat(e).as("PolicyInputException").isNotNull();
        assertThat(e.violations()).extracting(v -> v.path()).contains(paths);
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
        return e;
    }
}
