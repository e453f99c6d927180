package dev.kefu.gas;

import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The gas module's messages in English and Simplified Chinese, and how it shows times. */
public final class GasMessages {

    /** The bundle ({@code dev/kefu/gas/messages*.properties}). */
    public static final MessageBundle BUNDLE = MessageBundle.beside(GasMessages.class, "messages");

    /**
     * The zone the gas policies use unless told otherwise, {@code Asia/Shanghai} (the same as
     * {@code BusinessCalendar.DEFAULT_ZONE}, without loading a calendar).
     */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private GasMessages() {
    }

    /**
     * The label of an enum value in a language, from the bundle key
     * {@code label.<EnumSimpleName>.<CONSTANT>}; explanations pass the English and the Chinese
     * label as two arguments, the English pattern using the first and the Chinese the second,
     * so no constant name ever shows.
     *
     * @param value  the value, not null
     * @param locale  the language
     * @return the label, not null
     */
    public static String label(Enum<?> value, Locale locale) {
        return BUNDLE.format(locale, "label." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** The English label of an enum value. */
    public static String en(Enum<?> value) {
        return label(value, Locale.ENGLISH);
    }

    /** The Chinese label of an enum value. */
    public static String zh(Enum<?> value) {
        return label(value, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Adds a "required setting" violation naming a setting when it was never set and no other
     * problem was already recorded for it; the gas builders' {@code build()} use it.
     *
     * @param into  where to add, not null
     * @param value  the setting's value, null when unset
     * @param path  the setting's name
     * @param rule  the rule whose [X] it is
     */
    public static void requireSetting(Violations into, Object value, String path, RuleId rule) {
        if (value == null && into.list().stream().noneMatch(p -> p.path().equals(path))) {
            into.add(path, BUNDLE, "setting.required", rule);
        }
    }

    /**
     * Whether a collection holds a null element; safe on collections that reject
     * {@code contains(null)}.
     *
     * @param values  the collection, not null
     * @return true if an element is null
     */
    public static boolean hasNull(java.util.Collection<?> values) {
        for (Object o : values) {
            if (o == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * An instant as local {@code yyyy-MM-dd HH:mm} in a zone, as explanations show times.
     *
     * @param instant  the instant, not null
     * @param zone  the zone, not null
     * @return the text, not null
     */
    public static String local(Instant instant, ZoneId zone) {
        return LOCAL.format(instant.atZone(zone));
    }
}
