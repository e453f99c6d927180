package dev.kefu.core.decision;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a rule in the policy catalogue, such as {@code ATT-9}, {@code CMP-7} or
 * {@code CORE-CAL-1} (CORE-DEC-1: every decision names the rules that produced it).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class RuleId implements Comparable<RuleId>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("[A-Z]+(-[A-Z]+)*-[0-9]+");

    private static final int MAX_LENGTH = 40;

    private final String value;

    private RuleId(String value) {
        this.value = value;
    }

    /**
     * Obtains a rule identifier.
     *
     * @param value  the identifier as printed in the catalogue, such as {@code "ATT-9"}, not null
     * @return the rule identifier, not null
     * @throws dev.kefu.core.validation.PolicyInputException if the value is null or not of the
     *     catalogue's form
     */
    public static RuleId of(String value) {
        if (value != null) {
            RuleId known = KNOWN.get(value); // records and decisions made per event ask for the same few ids
            if (known != null) {
                return known;
            }
        }
        if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            dev.kefu.core.validation.Violations v = dev.kefu.core.validation.Violations.create();
            if (v.requireNonNull(value, "ruleId", null)) {
                v.add("ruleId", "ruleId.form", null); // the rejected text is not repeated
            }
            v.throwIfAny();
        }
        RuleId id = new RuleId(value);
        if (KNOWN.size() < MAX_KNOWN) {
            KNOWN.putIfAbsent(value, id);
        }
        return id;
    }

    /** Ids already seen, so that a repeated {@code of} skips the pattern match; bounded. */
    private static final java.util.concurrent.ConcurrentHashMap<String, RuleId> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_KNOWN = 4_096;

    /** The identifier as printed in the catalogue, such as {@code "ATT-9"}. */
    public String value() {
        return value;
    }

    @Override
    public int compareTo(RuleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleId && ((RuleId) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
