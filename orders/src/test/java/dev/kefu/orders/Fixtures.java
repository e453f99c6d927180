package dev.kefu.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.decision.Decision;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/** Shared test helpers. */
public final class Fixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z]+_[A-Z_]+");

    private Fixtures() {
    }

    /** A local Shanghai time such as {@code 2026-11-24T17:00}. */
    public static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    /** Renders both languages and checks they show no enum constant names. */
    public static String explained(Decision<?> d) {
        String zh = d.explain(Locale.SIMPLIFIED_CHINESE);
        String en = d.explain(Locale.ENGLISH);
        assertThat(CONSTANT.matcher(zh).find()).as(zh).isFalse();
        assertThat(CONSTANT.matcher(en).find()).as(en).isFalse();
        assertThat(zh).isNotEqualTo(en);
        return en + " | " + zh;
    }
}
