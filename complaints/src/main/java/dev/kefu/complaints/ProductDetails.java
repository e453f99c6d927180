package dev.kefu.complaints;

import dev.kefu.core.id.ProductId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;

/**
 * The details a product complaint records (CMP-1, S0): the matter, when and where it
 * happened, and the product involved. The matter and the place are customer free text and
 * are masked in {@link #toString()}.
 *
 * @param matter  what happened, not blank
 * @param happenedAt  when, not null
 * @param place  where, not blank
 * @param product  the product, not null
 */
public record ProductDetails(String matter, Instant happenedAt, String place, ProductId product) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing field */
    public ProductDetails {
        Violations v = Violations.create();
        if (matter == null || matter.isBlank()) {
            v.add("matter", "required", ComplaintRules.CMP_1);
        }
        v.requireNonNull(happenedAt, "happenedAt", ComplaintRules.CMP_1);
        if (place == null || place.isBlank()) {
            v.add("place", "required", ComplaintRules.CMP_1);
        }
        v.requireNonNull(product, "product", ComplaintRules.CMP_1);
        v.throwIfAny();
    }

    /** Free text is masked. */
    @Override
    public String toString() {
        return "ProductDetails[matter=****, happenedAt=" + happenedAt + ", place=****, product=" + product + "]";
    }
}
