package dev.kefu.core.id;

/**
 * Identifies a complaint (投诉) by the host's own key.
 *
 * @param value  the host's key, not blank, at most {@value TypedId#MAX_LENGTH} characters
 */
public record ComplaintId(String value) implements TypedId, Comparable<ComplaintId> {

    /** @throws dev.kefu.core.validation.PolicyInputException if blank or too long */
    public ComplaintId {
        TypedId.check(value, "complaintId");
    }

    /** Obtains an identifier; see {@link TypedId} for what is accepted. */
    public static ComplaintId of(String value) {
        return new ComplaintId(value);
    }

    @Override
    public int compareTo(ComplaintId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
