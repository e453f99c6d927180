package dev.kefu.orders.returns;

import static dev.kefu.orders.OrderRules.ORD_15;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrdersMessages;
import dev.kefu.orders.fulfilment.GateOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Return slips (ORD-15, S1 part 12 §5.1B, §4.6): an item the customer does not take is marked X
 * on the bill and a return slip is printed; every return slip carries three signatures — the
 * handler, the customer and the department manager; an on-site return is checked against the
 * documents with the customer before the account is settled.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class ReturnSlipCheck {

    private static final ReturnSlipCheck REGULATION = new ReturnSlipCheck();

    private ReturnSlipCheck() {
    }

    /** The regulation's check. */
    public static ReturnSlipCheck regulation() {
        return REGULATION;
    }

    /**
     * Checks a return slip (ORD-15).
     *
     * @param slip  the slip, not null
     * @return {@link GateOutcome#ALLOWED} when complete, else {@link GateOutcome#REFUSED} naming each gap
     * @throws dev.kefu.core.validation.PolicyInputException if the slip is null
     */
    public Decision<GateOutcome> check(ReturnSlip slip) {
        Violations v = Violations.create();
        v.requireNonNull(slip, "slip", ORD_15);
        v.throwIfAny();
        List<Reason> gaps = new ArrayList<>();
        for (ReturnSignatory s : ReturnSignatory.values()) {
            if (!slip.signatures().contains(s)) {
                gaps.add(Reason.of(ORD_15, OrdersMessages.BUNDLE, "returns.unsigned." + s.name(), slip.order().value()));
            }
        }
        if (slip.kind() == ReturnKind.UNTAKEN_ITEMS && !slip.steps().contains(ReturnSlipStep.MARKED_X_ON_BILL)) {
            gaps.add(Reason.of(ORD_15, OrdersMessages.BUNDLE, "returns.notMarked", slip.order().value()));
        }
        if (slip.kind() == ReturnKind.ON_SITE_RETURN && !slip.steps().contains(ReturnSlipStep.CHECKED_WITH_CUSTOMER)) {
            gaps.add(Reason.of(ORD_15, OrdersMessages.BUNDLE, "returns.notChecked", slip.order().value()));
        }
        if (gaps.isEmpty()) {
            return Decision.of(GateOutcome.ALLOWED, Reason.of(ORD_15, OrdersMessages.BUNDLE, "returns.slipComplete", slip.order().value()));
        }
        return Decision.of(GateOutcome.REFUSED, gaps);
    }
}
