package dev.kefu.appraisal;

import java.util.Locale;

/**
 * Labels for the enum values an explanation shows (CORE-DEC-1): never the constant's name.
 * A label is looked up in the module bundle under {@code label.<EnumSimpleName>.<CONSTANT>}.
 *
 * <p>Because a reason's arguments are formatted without knowing the caller's language, a label
 * is passed as two arguments, the Chinese label then the English one; the Chinese pattern shows
 * the first and the English pattern the second.
 */
public final class Labels {

    private Labels() {
    }

    /** The bundle key of an enum value's label. */
    public static String key(Enum<?> value) {
        return "label." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** An enum value's label in a language. */
    public static String of(Enum<?> value, Locale locale) {
        return AppraisalMessages.BUNDLE.format(locale, key(value));
    }

    /** The Chinese label. */
    public static String zh(Enum<?> value) {
        return of(value, Locale.SIMPLIFIED_CHINESE);
    }

    /** The English label. */
    public static String en(Enum<?> value) {
        return of(value, Locale.ENGLISH);
    }
}
