package dev.kefu.orders.picking;

import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderRules;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * An order's picking deadline (ORD-4).
 *
 * @param deadline  the instant by which it is picked
 * @param target  which deadline applies
 * @param causes  why it was deferred to the next duty day; empty for the same day
 */
public record PickingDeadline(Instant deadline, PickingTarget target, Set<DeferralCause> causes) {

    /** @throws dev.kefu.core.validation.PolicyInputException if a component is missing */
    public PickingDeadline {
        Violations v = Violations.create();
        v.requireNonNull(deadline, "deadline", OrderRules.ORD_4);
        v.requireNonNull(target, "target", OrderRules.ORD_4);
        if (v.requireNonNull(causes, "causes", OrderRules.ORD_4)) {
            for (DeferralCause c : causes) {
                if (c == null) {
                    v.add("causes", "required", OrderRules.ORD_4);
                }
            }
        }
        v.throwIfAny();
        causes = causes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(causes));
    }
}
