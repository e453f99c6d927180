package dev.kefu.core.id;

/**
 * Identifies a employee (a sales rep, an agent, a supervisor) (员工) by the host's own key.
 *
 * @param value  the host's key, not blank, at most {@value TypedId#MAX_LENGTH} characters
 */
public record EmployeeId(String value) implements TypedId, Comparable<EmployeeId> {

    /** @throws dev.kefu.core.validation.PolicyInputException if blank or too long */
    public EmployeeId {
        TypedId.check(value, "employeeId");
    }

    /** Obtains an identifier; see {@link TypedId} for what is accepted. */
    public static EmployeeId of(String value) {
        return new EmployeeId(value);
    }

    @Override
    public int compareTo(EmployeeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
