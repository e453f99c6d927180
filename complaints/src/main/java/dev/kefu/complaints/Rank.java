package dev.kefu.complaints;

/**
 * A supervisor rank (主管级别), CMP-8: a name the host chooses, such as 部门主管 or 总经理. The
 * seed names ranks but defines no order among them; the host maps each level to a rank in
 * {@link ComplaintLevels}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Rank {

    private final String name;

    private Rank(String name) {
        this.name = name;
    }

    /**
     * Obtains a rank.
     *
     * @param name  the host's name for the rank, printable, at most 128 characters
     * @return the rank
     * @throws dev.kefu.core.validation.PolicyInputException if the name is null, blank, too long or not printable
     */
    public static Rank of(String name) {
        return new Rank(HostName.check(name, "rank", ComplaintRules.CMP_8));
    }

    /** The host's name for the rank. */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rank && ((Rank) o).name.equals(name);
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
