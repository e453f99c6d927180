package dev.kefu.orders.ontime;

import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.OrderRules;
import java.time.Instant;

/**
 * One step of an order, its deadline and when it was done (ORD-19).
 *
 * @param order  the order, not null
 * @param step  the step, not null
 * @param deadline  the step's deadline, not null
 * @param doneAt  when it was done; null while it is not
 */
public record StepOutcome(OrderId order, OrderStep step, Instant deadline, Instant doneAt) {

    /** @throws dev.kefu.core.validation.PolicyInputException on a missing component */
    public StepOutcome {
        Violations v = Violations.create();
        v.requireNonNull(order, "order", OrderRules.ORD_19);
        v.requireNonNull(step, "step", OrderRules.ORD_19);
        v.requireNonNull(deadline, "deadline", OrderRules.ORD_19);
        v.throwIfAny();
    }

    /** Whether the step was done by its deadline. */
    public boolean met() {
        return doneAt != null && !doneAt.isAfter(deadline);
    }
}
