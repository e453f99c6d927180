package dev.kefu.core.validation;

import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.decision.RuleId;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with an input: where (a property path such as {@code shares[1].percent}),
 * what (a message in English and Simplified Chinese) and, where there is one, the rule whose
 * value was broken.
 *
 * <p>Messages never repeat the rejected value, so a violation is safe to log even when the
 * input was a password or personal data.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Violation implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String messageEn;
    private final String messageZh;
    private final RuleId rule;

    private Violation(String path, String messageEn, String messageZh, RuleId rule) {
        this.path = Objects.requireNonNull(path, "path");
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
        this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
        this.rule = rule;
    }

    /**
     * Obtains a violation from already rendered messages.
     *
     * @param path  the property path, not null (empty for the object as a whole)
     * @param messageEn  the English message, not null
     * @param messageZh  the Simplified Chinese message, not null
     * @param rule  the rule broken, null if none
     * @return the violation, not null
     */
    public static Violation of(String path, String messageEn, String messageZh, RuleId rule) {
        requireArguments(path, messageEn, messageZh);
        return new Violation(path, messageEn, messageZh, rule);
    }

    private static void requireArguments(Object path, Object first, Object second) {
        if (path == null || first == null || second == null) {
            java.util.List<Violation> found = new java.util.ArrayList<>();
            String[] names = {"path", "message", "message"};
            Object[] values = {path, first, second};
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    found.add(new Violation(names[i], "is required", "不能为空", null));
                }
            }
            throw new PolicyInputException(found);
        }
    }

    /**
     * Obtains a violation whose message comes from a bundle.
     *
     * @param path  the property path, not null
     * @param bundle  the bundle holding the message, not null
     * @param key  the message key, not null
     * @param rule  the rule broken, null if none
     * @param args  message arguments; never the rejected value when it may be personal data
     * @return the violation, not null
     */
    public static Violation of(String path, MessageBundle bundle, String key, RuleId rule, Object... args) {
        requireArguments(path, bundle, key);
        return new Violation(path, bundle.format(Locale.ENGLISH, key, args),
                bundle.format(Locale.SIMPLIFIED_CHINESE, key, args), rule);
    }

    /** The property path, such as {@code shares[1]}; empty for the object as a whole. */
    public String path() {
        return path;
    }

    /** The message in the caller's language: zh-CN for Chinese locales, English otherwise. */
    public String message(Locale locale) {
        return MessageBundle.isChinese(locale) ? messageZh : messageEn;
    }

    /** The rule whose value was broken, if any. */
    public Optional<RuleId> rule() {
        return Optional.ofNullable(rule);
    }

    /** Renders {@code path: message [RULE]} in the given language. */
    public String render(Locale locale) {
        String where = path.isEmpty() ? "" : path + ": ";
        return where + message(locale) + (rule == null ? "" : " [" + rule + "]");
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Violation)) {
            return false;
        }
        Violation v = (Violation) o;
        return path.equals(v.path) && messageEn.equals(v.messageEn) && Objects.equals(rule, v.rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, messageEn, rule);
    }

    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }
}
