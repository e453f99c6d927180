package dev.kefu.core.validation;

import dev.kefu.core.decision.MessageBundle;
import dev.kefu.core.decision.RuleId;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects violations found while checking an input, then throws them all at once.
 * <pre>{@code
 * Violations v = Violations.create();
 * if (weightsTotal != 100) v.add("weights", MY_BUNDLE, "weights.total", RuleId.of("APR-3"), weightsTotal);
 * v.throwIfAny();
 * }</pre>
 *
 * <p>Implementation Requirements: not thread-safe; use one per check.
 */
public final class Violations {

    private static final MessageBundle CORE = MessageBundle.beside(Violations.class, "messages");

    private final List<Violation> found = new ArrayList<>();

    private Violations() {
    }

    /** Starts an empty collection. */
    public static Violations create() {
        return new Violations();
    }

    /**
     * Adds a violation whose message is in kefu-core's validation bundle.
     *
     * @param path  the property path, not null
     * @param key  the message key in {@code dev/kefu/core/validation/messages.properties}
     * @param rule  the rule broken, null if none
     * @param args  message arguments, never personal data
     * @return this, for chaining
     */
    public Violations add(String path, String key, RuleId rule, Object... args) {
        found.add(Violation.of(path, CORE, key, rule, args));
        return this;
    }

    /**
     * Adds a violation whose message is in a module's own bundle.
     *
     * @param path  the property path, not null
     * @param bundle  the bundle, not null
     * @param key  the message key, not null
     * @param rule  the rule broken, null if none
     * @param args  message arguments, never personal data
     * @return this, for chaining
     */
    public Violations add(String path, MessageBundle bundle, String key, RuleId rule, Object... args) {
        found.add(Violation.of(path, bundle, key, rule, args));
        return this;
    }

    /** Adds violations found elsewhere, for example by {@link PolicyValidator}. */
    public Violations addAll(List<Violation> violations) {
        found.addAll(violations);
        return this;
    }

    /**
     * Adds a "required" violation when the value is null.
     *
     * @return true if the value was present
     */
    public boolean requireNonNull(Object value, String path, RuleId rule) {
        if (value == null) {
            add(path, "required", rule);
            return false;
        }
        return true;
    }

    /**
     * Throws a {@link PolicyInputException} with one "required" violation when a value is null;
     * for the single argument of a method.
     *
     * @param <T>  the value's type
     * @param value  the value
     * @param path  the argument's path, not null
     * @param rule  the rule, null if none
     * @return the value, never null
     * @throws PolicyInputException if the value is null
     */
    public static <T> T nonNull(T value, String path, RuleId rule) {
        if (value == null) {
            create().add(path, "required", rule).throwIfAny();
        }
        return value;
    }

    /** Whether nothing was found. */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** What was found so far. */
    public List<Violation> list() {
        return List.copyOf(found);
    }

    /**
     * Throws a {@link PolicyInputException} listing everything found, if anything was.
     *
     * @throws PolicyInputException if any violation was added
     */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new PolicyInputException(found);
        }
    }
}
