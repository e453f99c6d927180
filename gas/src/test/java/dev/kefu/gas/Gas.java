package dev.kefu.gas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helpers of the gas module. */
public final class Gas {

    /** Asia/Shanghai. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Gas() {
    }

    /** A local Shanghai time written {@code yyyy-MM-ddTHH:mm}. */
    public static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    /**
     * Renders a decision in both languages and checks that no constant name shows.
     *
     * @return the decision
     */
    public static <T> Decision<T> explained(Decision<T> d) {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String s = d.explain(l);
            assertThat(s).isNotBlank().doesNotContainPattern("[A-Z]+_[A-Z_]+");
        }
        return d;
    }

    /** The English explanation. */
    public static String en(Decision<?> d) {
        return explained(d).explain(Locale.ENGLISH);
    }

    /** The Chinese explanation. */
    public static String zh(Decision<?> d) {
        return explained(d).explain(Locale.SIMPLIFIED_CHINESE);
    }

    /** Asserts a PolicyInputException naming every given path. */
    public static void rejects(ThrowingCallable call, String... paths) {
        assertThatThrownBy(call).isInstanceOf(PolicyInputException.class).satisfies(e -> {
            PolicyInputException p = (PolicyInputException) e;
            assertThat(p.violations().stream().map(Violation::path).collect(Collectors.toList())).contains(paths);
            assertThat(p.getMessage(Locale.SIMPLIFIED_CHINESE)).startsWith("输入无效");
        });
    }
}
