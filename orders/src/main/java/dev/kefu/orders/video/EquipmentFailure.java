package dev.kefu.orders.video;

import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderRules;
import java.time.Instant;

/**
 * An appointment that could not go ahead because the equipment failed (ORD-18), and what was
 * done: the customer told, a new time agreed, an apology made. A step not done is {@code null}.
 *
 * @param failedAt  when the failure was found, not null
 * @param customerToldAt  when the customer was told; null if not
 * @param newTime  the new time agreed; null if none
 * @param apologisedAt  when the apology was made; null if not
 */
public record EquipmentFailure(Instant failedAt, Instant customerToldAt, Instant newTime, Instant apologisedAt) {

    /** @throws dev.kefu.core.validation.PolicyInputException if the failure time is null */
    public EquipmentFailure {
        Violations v = Violations.create();
        v.requireNonNull(failedAt, "failedAt", OrderRules.ORD_18);
        v.throwIfAny();
    }
}
