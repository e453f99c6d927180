package dev.kefu.core.id;

/**
 * Identifies a customer (客户) by the host's own key.
 *
 * @param value  the host's key, not blank, at most {@value TypedId#MAX_LENGTH} characters
 */
public record CustomerId(String value) implements TypedId, Comparable<CustomerId> {

    /** @throws dev.kefu.core.validation.PolicyInputException if blank or too long */
    public CustomerId {
        TypedId.check(value, "customerId");
    }

    /** Obtains an identifier; see {@link TypedId} for what is accepted. */
    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @Override
    public int compareTo(CustomerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
