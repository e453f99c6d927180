package dev.kefu.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one exception kefu throws for malformed input or misconfiguration: a null, a negative
 * amount, weights that total 101%, a date the calendar does not cover, a required setting
 * that is missing. It lists every violation found, not just the first, each with its
 * property path, a message in English and Simplified Chinese, and the rule ID where there is
 * one.
 *
 * <p>A policy that simply says "no" does not throw; it returns a
 * {@link dev.kefu.core.decision.Decision}. When this exception is thrown, the object whose
 * method threw is unchanged.
 *
 * <p>Messages never contain the rejected values, so the exception is safe to log even when
 * the input held a password or personal data.
 */
public class PolicyInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    /**
     * Creates an exception listing the given violations.
     *
     * @param violations  the violations, not empty
     */
    public PolicyInputException(List<Violation> violations) {
        this(listed(violations), true);
    }

    private PolicyInputException(List<Violation> listed, boolean checked) {
        super(summary(listed, Locale.ENGLISH));
        this.violations = listed;
    }

    /** The violations, or one saying none was given: an input exception always lists at least one. */
    private static List<Violation> listed(List<Violation> violations) {
        if (violations == null || violations.isEmpty() || violations.stream().anyMatch(java.util.Objects::isNull)) {
            return List.of(Violation.of("violations", "an input exception lists at least one violation, and no null",
                    "输入异常至少须列出一项违规，且不得为空", null));
        }
        return List.copyOf(violations);
    }

    /** Every violation found, in the order found. */
    public List<Violation> violations() {
        return violations;
    }

    /** The message in the given language: zh-CN for Chinese locales, English otherwise. */
    public String getMessage(Locale locale) {
        return summary(violations, locale);
    }

    /** The message in the JVM's default language. */
    @Override
    public String getLocalizedMessage() {
        return getMessage(Locale.getDefault());
    }

    private static String summary(List<Violation> violations, Locale locale) {
        String body = violations.stream().map(v -> v.render(locale)).collect(Collectors.joining("; "));
        return (dev.kefu.core.decision.MessageBundle.isChinese(locale) ? "输入无效：" : "Invalid input: ") + body;
    }
}
