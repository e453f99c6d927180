package dev.kefu.orders.returns;

import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.OrderRules;
import java.util.EnumSet;
import java.util.Set;

/**
 * A printed return slip (ORD-15): the order, why it was printed, who signed it and which steps
 * were done.
 *
 * @param order  the order, not null
 * @param kind  why it was printed, not null
 * @param signatures  who signed, none null
 * @param steps  the steps done, none null
 */
public record ReturnSlip(OrderId order, ReturnKind kind, Set<ReturnSignatory> signatures, Set<ReturnSlipStep> steps) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing component */
    public ReturnSlip {
        Violations v = Violations.create();
        v.requireNonNull(order, "order", OrderRules.ORD_15);
        v.requireNonNull(kind, "kind", OrderRules.ORD_15);
        if (v.requireNonNull(signatures, "signatures", OrderRules.ORD_15)) {
            for (ReturnSignatory s : signatures) {
                v.requireNonNull(s, "signatures[]", OrderRules.ORD_15);
            }
        }
        if (v.requireNonNull(steps, "steps", OrderRules.ORD_15)) {
            for (ReturnSlipStep s : steps) {
                v.requireNonNull(s, "steps[]", OrderRules.ORD_15);
            }
        }
        v.throwIfAny();
        signatures = signatures.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signatures));
        steps = steps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(steps));
    }
}
