package dev.kefu.core.id;

/**
 * Identifies a product (产品) by the host's own key.
 *
 * @param value  the host's key, not blank, at most {@value TypedId#MAX_LENGTH} characters
 */
public record ProductId(String value) implements TypedId, Comparable<ProductId> {

    /** @throws dev.kefu.core.validation.PolicyInputException if blank or too long */
    public ProductId {
        TypedId.check(value, "productId");
    }

    /** Obtains an identifier; see {@link TypedId} for what is accepted. */
    public static ProductId of(String value) {
        return new ProductId(value);
    }

    @Override
    public int compareTo(ProductId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
