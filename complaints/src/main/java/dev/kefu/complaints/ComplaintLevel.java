package dev.kefu.complaints;

/**
 * A complaint level (投诉级别), CMP-8: a name the host chooses. The seed uses levels but defines
 * none, so the library ships none; the host lists its levels and the rank that handles each in
 * {@link ComplaintLevels}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ComplaintLevel {

    private final String name;

    private ComplaintLevel(String name) {
        this.name = name;
    }

    /**
     * Obtains a level.
     *
     * @param name  the host's name for the level, printable, at most 128 characters
     * @return the level
     * @throws dev.kefu.core.validation.PolicyInputException if the name is null, blank, too long or not printable
     */
    public static ComplaintLevel of(String name) {
        return new ComplaintLevel(HostName.check(name, "level", ComplaintRules.CMP_8));
    }

    /** The host's name for the level. */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComplaintLevel && ((ComplaintLevel) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
