package dev.kefu.core.id;

/**
 * Identifies a department (部门) by the host's own key.
 *
 * @param value  the host's key, not blank, at most {@value TypedId#MAX_LENGTH} characters
 */
public record DepartmentId(String value) implements TypedId, Comparable<DepartmentId> {

    /** @throws dev.kefu.core.validation.PolicyInputException if blank or too long */
    public DepartmentId {
        TypedId.check(value, "departmentId");
    }

    /** Obtains an identifier; see {@link TypedId} for what is accepted. */
    public static DepartmentId of(String value) {
        return new DepartmentId(value);
    }

    @Override
    public int compareTo(DepartmentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
