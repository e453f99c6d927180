package dev.kefu.orders.video;

import dev.kefu.core.privacy.PersonName;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderRules;
import java.time.Instant;
import java.util.List;

/**
 * A customer's request for a video appointment as recorded (ORD-18): the products they need,
 * their name and the agreed time. A field the clerk did not record is passed empty or
 * {@code null}; {@link VideoPolicy#checkRequest} reports it. The name is masked wherever shown.
 *
 * @param products  the products asked about, none null; empty if not recorded
 * @param customerName  the customer's name; null if not recorded
 * @param agreedTime  the agreed time; null if not recorded
 */
public record VideoRequest(List<String> products, PersonName customerName, Instant agreedTime) {

    /** @throws dev.kefu.core.validation.PolicyInputException if the product list is null or holds null */
    public VideoRequest {
        Violations v = Violations.create();
        if (v.requireNonNull(products, "products", OrderRules.ORD_18)) {
            for (int i = 0; i < products.size(); i++) {
                v.requireNonNull(products.get(i), "products[" + i + "]", OrderRules.ORD_18);
            }
        }
        v.throwIfAny();
        products = List.copyOf(products);
    }
}
