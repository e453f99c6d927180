package dev.kefu.complaints;

import dev.kefu.core.decision.MessageBundle;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The complaints module's messages in English and Simplified Chinese, and the labels of every
 * enum a host shows (CORE-DEC-1: explanations show labels, never constant names).
 *
 * <p>Explanations that mention an enum value pass its ordinal to a {@code choice} pattern whose
 * texts are the labels; a test checks every such pattern against {@code label.<Type>.<CONSTANT>}.
 */
public final class ComplaintsMessages {

    /** The bundle. */
    public static final MessageBundle BUNDLE = MessageBundle.beside(ComplaintsMessages.class, "messages");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private ComplaintsMessages() {
    }

    /**
     * The label of an enum value of this module, in zh-CN for any Chinese locale, else English.
     *
     * @param value  the value, not null
     * @param locale  the caller's locale; null means English
     * @return the label
     */
    public static String label(Enum<?> value, Locale locale) {
        if (value == null) {
            dev.kefu.core.validation.Violations.create().add("value", "required", ComplaintRules.CMP_6).throwIfAny();
        }
        return BUNDLE.format(locale, key(value));
    }

    /** The bundle key of an enum value's label: {@code label.<SimpleName>.<CONSTANT>}. */
    public static String key(Enum<?> value) {
        return "label." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /**
     * An instant as local wall-clock time, {@code yyyy-MM-dd HH:mm}, for explanations.
     *
     * @param instant  the instant, not null
     * @param zone  the zone, not null
     * @return the text
     */
    public static String local(Instant instant, ZoneId zone) {
        dev.kefu.core.validation.Violations v = dev.kefu.core.validation.Violations.create();
        v.requireNonNull(instant, "instant", ComplaintRules.CORE_CAL_4);
        v.requireNonNull(zone, "zone", ComplaintRules.CORE_CAL_4);
        v.throwIfAny();
        try {
            return LOCAL.format(instant.atZone(zone));
        } catch (java.time.DateTimeException e) {
            return instant.toString();
        }
    }
}
