package dev.kefu.archive;

import dev.kefu.core.validation.Violations;
import java.util.Locale;

/**
 * Labels of the archive module's enums in zh-CN and English (CORE-DEC-1: explanations show
 * labels, never enum constant names).
 *
 * <p>Every constant {@code C} of a labelled enum {@code E} has the key {@code label.E.C} ({@code E} the enum's name below {@code dev.kefu.archive}, such as {@code custody.DestructionMethod}, nested names joined by a dot) in
 * both message files; {@link #label(Enum, Locale)} renders it for a host's own screens. Inside
 * an explanation a constant is passed to a reason as {@link #of(Enum)} (its position) and the
 * message selects the label with a {@code choice} format, so the language follows the caller's
 * locale.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class Labels {

    private static final String PREFIX = "dev.kefu.archive.";

    private Labels() {
    }

    /**
     * The argument that shows a constant's label in an explanation: its position in the enum,
     * selected by the message's {@code choice} format.
     *
     * @param constant  the constant, not null
     * @return its position
     */
    public static Integer of(Enum<?> constant) {
        return constant.ordinal();
    }

    /**
     * The label of a constant.
     *
     * @param constant  the constant, not null
     * @param locale  the caller's locale; Chinese locales render zh-CN, all others English
     * @return the label, not null
     * @throws dev.kefu.core.validation.PolicyInputException if the constant is null
     */
    public static String label(Enum<?> constant, Locale locale) {
        Violations v = Violations.create();
        v.requireNonNull(constant, "constant", null);
        v.throwIfAny();
        return ArchiveMessages.BUNDLE.format(locale, key(constant));
    }

    /** The bundle key of a constant's label: {@code label.<Enum>.<CONSTANT>}. */
    public static String key(Enum<?> constant) {
        Class<?> type = constant.getDeclaringClass();
        String name = type.getName().startsWith(PREFIX) ? type.getName().substring(PREFIX.length()) : type.getName();
        name = name.replace('$', '.');
        return "label." + name + "." + constant.name();
    }
}
