package dev.kefu.security;

import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The security-policy module's messages in English and Simplified Chinese, and the helpers
 * that keep explanations readable (CORE-DEC-1): enum values are shown through labels
 * ({@code enum.<Type>.<CONSTANT>} keys; inside a message a label is a {@code choice} on the
 * constant's ordinal), times as local {@code yyyy-MM-dd HH:mm} in the zone the policy takes.
 */
public final class SecurityMessages {

    /** The bundle. */
    public static final MessageBundle BUNDLE = MessageBundle.beside(SecurityMessages.class, "messages");

    /** The zone of the seed regulations' companies, used by presets that take no zone. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private SecurityMessages() {
    }

    /**
     * An enum constant as a message argument: its ordinal, which the message's {@code choice}
     * pattern turns into the label in the caller's language.
     *
     * @param value  the constant, not null
     * @return its ordinal
     */
    public static Integer ordinal(Enum<?> value) {
        return value.ordinal();
    }

    /**
     * The label of an enum constant in a language, from the {@code enum.<Type>.<CONSTANT>} key.
     *
     * @param value  the constant, not null
     * @param locale  the caller's locale, null means English
     * @return the label
     */
    public static String label(Enum<?> value, Locale locale) {
        if (value == null) {
            Violations.create().add("value", "required", null).throwIfAny();
        }
        return BUNDLE.format(locale, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /**
     * An instant as a local wall-clock time, {@code yyyy-MM-dd HH:mm}, for an explanation.
     *
     * @param at  the instant, not null
     * @param zone  the zone, not null
     * @return the text
     */
    public static String time(Instant at, ZoneId zone) {
        try {
            return LOCAL.format(at.atZone(zone));
        } catch (DateTimeException e) {
            return at.toString();
        }
    }

    /** Refuses a null zone. */
    public static void requireZone(ZoneId zone, RuleId rule) {
        Violations v = Violations.create();
        v.requireNonNull(zone, "zone", rule);
        v.throwIfAny();
    }
}
