package dev.kefu.complaints;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.ProductId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;

/**
 * The details a product complaint records (CMP-1, S0): the matter, when and where it
 * happened, and the product involved.
 *
 * @param matter  what happened
 * @param happenedAt  when
 * @param place  where
 * @param product  the product
 */
public record ProductDetails(String matter, Instant happenedAt, String place, ProductId product) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing field */
    public ProductDetails {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("CMP-1");
        if (matter == null || matter.isBlank()) {
            v.add("matter", "required", rule);
        }
        v.requireNonNull(happenedAt, "happenedAt", rule);
        if (place == null || place.isBlank()) {
            v.add("place", "required", rule);
        }
        v.requireNonNull(product, "product", rule);
        v.throwIfAny();
    }
}
