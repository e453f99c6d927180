package dev.kefu.core.decision;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One reason behind a decision: the rule that applied and a message explaining how, which
 * renders in English and Simplified Chinese (CORE-DEC-1).
 *
 * <p>Arguments should be values that are safe to show: amounts, dates, counts, rule IDs and
 * typed identifiers. Never pass personal data or secrets.
 *
 * <p>Implementation Requirements: immutable and thread-safe when its arguments are.
 */
public final class Reason {

    private final RuleId rule;
    private final MessageBundle bundle;
    private final String key;
    private final Object[] args;

    private Reason(RuleId rule, MessageBundle bundle, String key, Object[] args) {
        dev.kefu.core.validation.Violations v = dev.kefu.core.validation.Violations.create();
        v.requireNonNull(rule, "rule", Decision.RULE);
        v.requireNonNull(bundle, "bundle", Decision.RULE);
        if (v.requireNonNull(key, "key", Decision.RULE) && bundle != null && !bundle.contains(java.util.Locale.ENGLISH, key)) {
            v.add("key", "message.missing", Decision.RULE);
        }
        v.throwIfAny();
        this.rule = rule;
        this.bundle = bundle;
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /**
     * Obtains a reason.
     *
     * @param rule  the rule that applied, not null
     * @param bundle  the bundle holding the message, not null
     * @param key  the message key, not null
     * @param args  the message arguments
     * @return the reason, not null
     */
    public static Reason of(RuleId rule, MessageBundle bundle, String key, Object... args) {
        return new Reason(rule, bundle, key, args);
    }

    /** The rule that applied. */
    public RuleId rule() {
        return rule;
    }

    /** The message key, stable across releases, for hosts that render their own texts. */
    public String key() {
        return key;
    }

    /** The message arguments. */
    public Object[] args() {
        return args.clone();
    }

    /**
     * Renders the reason.
     *
     * @param locale  the caller's locale; Chinese locales render zh-CN, all others English
     * @return the message, not null
     */
    public String render(Locale locale) {
        return bundle.format(locale, key, args);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Reason)) {
            return false;
        }
        Reason r = (Reason) o;
        return rule.equals(r.rule) && key.equals(r.key) && Arrays.equals(args, r.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, key, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return "[" + rule + "] " + render(Locale.ENGLISH);
    }
}
