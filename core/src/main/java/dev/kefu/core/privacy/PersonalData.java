package dev.kefu.core.privacy;

import java.util.Objects;

/**
 * A piece of personal data whose {@code toString} is masked. The raw value is available to
 * the host through {@link #value()} and never appears in logs, messages or {@code toString}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public abstract class PersonalData {

    private final String value;

    PersonalData(String value) {
        this.value = value;
    }

    /** The raw value; handle with care. */
    public final String value() {
        return value;
    }

    /** The masked form, safe to show and log. */
    public abstract String masked();

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((PersonalData) o).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), value);
    }

    /** The masked form. */
    @Override
    public final String toString() {
        return masked();
    }
}
