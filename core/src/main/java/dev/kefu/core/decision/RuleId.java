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

    private final String value;

    private RuleId(String value) {
        this.value = value;
    }

    /**
     * Obtains a rule identifier.
     *
     * @param value  the identifier as printed in the catalogue, such as {@code "ATT-9"}, not null
     * @return the rule identifier, not null
     * @throws IllegalArgumentException if the value is not of the catalogue's form
     */
    public static RuleId of(String value) {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a rule id is upper-case words and a number joined by '-', such as ATT-9; got '" + value + "'");
        }
        return new RuleId(value);
    }

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
