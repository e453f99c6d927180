package dev.kefu.orders.packing;

import static dev.kefu.orders.OrderRules.ORD_12;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrdersMessages;
import java.util.ArrayList;
import java.util.List;

/**
 * The line-by-line check when goods are counted (ORD-12, S1 part 12 §3.11, §4.2, §5.1B): every
 * line's item code, quantity, unit price, amount and quality, each line ticked on the sales slip
 * as it is packed; an item with a quality problem is exchanged and never leaves the warehouse
 * (問題商品不出庫).
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class LineCheck {

    private static final LineCheck REGULATION = new LineCheck();

    private LineCheck() {
    }

    /** The regulation's check. */
    public static LineCheck regulation() {
        return REGULATION;
    }

    /**
     * Checks the counted lines (ORD-12). Lines are numbered from 1 in explanations.
     *
     * @param lines  the lines, at least one, none null
     * @return {@link LineVerdict#ALL_CLEAR}, {@link LineVerdict#DISCREPANCY} or {@link LineVerdict#PROBLEM_GOODS}
     * @throws dev.kefu.core.validation.PolicyInputException if the list is null, empty or holds null
     */
    public Decision<LineVerdict> check(List<CountedLine> lines) {
        Violations v = Violations.create();
        if (v.requireNonNull(lines, "lines", ORD_12)) {
            if (lines.isEmpty()) {
                v.add("lines", "required", ORD_12);
            }
            for (int i = 0; i < lines.size(); i++) {
                v.requireNonNull(lines.get(i), "lines[" + i + "]", ORD_12);
            }
        }
        v.throwIfAny();
        List<Reason> found = new ArrayList<>();
        boolean defective = false;
        for (int i = 0; i < lines.size(); i++) {
            CountedLine l = lines.get(i);
            int n = i + 1;
            if (!l.slipItemCode().equals(l.countedItemCode())) {
                found.add(Reason.of(ORD_12, OrdersMessages.BUNDLE, "lines.code", n));
            }
            if (l.slipQuantity() != l.countedQuantity()) {
                found.add(Reason.of(ORD_12, OrdersMessages.BUNDLE, "lines.quantity", n, l.slipQuantity(), l.countedQuantity()));
            }
            Money expected = l.unitPrice().times(l.slipQuantity());
            if (!expected.equals(l.amount())) {
                found.add(Reason.of(ORD_12, OrdersMessages.BUNDLE, "lines.amount", n, l.amount(), expected));
            }
            if (l.quality() == LineQuality.DEFECTIVE) {
                defective = true;
                found.add(Reason.of(ORD_12, OrdersMessages.BUNDLE, "lines.defective", n));
            }
            if (l.tick() == Tick.NOT_TICKED) {
                found.add(Reason.of(ORD_12, OrdersMessages.BUNDLE, "lines.notTicked", n));
            }
        }
        if (found.isEmpty()) {
            return Decision.of(LineVerdict.ALL_CLEAR, Reason.of(ORD_12, OrdersMessages.BUNDLE, "lines.clear", lines.size()));
        }
        return Decision.of(defective ? LineVerdict.PROBLEM_GOODS : LineVerdict.DISCREPANCY, found);
    }
}
