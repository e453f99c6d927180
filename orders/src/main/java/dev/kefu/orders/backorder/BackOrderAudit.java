package dev.kefu.orders.backorder;

import static dev.kefu.orders.OrderRules.ORD_17;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrdersMessages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Back-orders (ORD-17, S1 part 12 §3.8): a customer's need for an item that is not available is
 * recorded at once and registered with the sales group lead; the customer is told when the item
 * arrives. A need never registered is a gap; an arrival of the item after the need was recorded,
 * with no notice to that customer about that item at or after the arrival, is a gap.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class BackOrderAudit {

    private static final BackOrderAudit REGULATION = new BackOrderAudit();

    private BackOrderAudit() {
    }

    /** The regulation's audit. */
    public static BackOrderAudit regulation() {
        return REGULATION;
    }

    /**
     * Audits back-orders (ORD-17).
     *
     * @param needs  the recorded needs, none null
     * @param arrivals  arrivals of goods, none null
     * @param notices  notices sent to customers, none null
     * @return every gap, in the order of the needs
     * @throws dev.kefu.core.validation.PolicyInputException if a list is null or holds null
     */
    public Decision<List<BackOrderGap>> audit(List<BackOrderNeed> needs, List<Arrival> arrivals, List<ArrivalNotice> notices) {
        Violations v = Violations.create();
        noNulls(v, needs, "needs");
        noNulls(v, arrivals, "arrivals");
        noNulls(v, notices, "notices");
        v.throwIfAny();
        List<BackOrderGap> gaps = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (BackOrderNeed n : needs) {
            if (n.registeredAt() == null) {
                gaps.add(new BackOrderGap(n, BackOrderGap.Kind.NOT_REGISTERED));
                reasons.add(Reason.of(ORD_17, OrdersMessages.BUNDLE, "backorder.notRegistered", n.itemCode()));
            }
            Instant arrived = null;
            for (Arrival a : arrivals) {
                if (a.itemCode().equals(n.itemCode()) && !a.arrivedAt().isBefore(n.recordedAt())
                        && (arrived == null || a.arrivedAt().isBefore(arrived))) {
                    arrived = a.arrivedAt();
                }
            }
            if (arrived != null && !notified(n, arrived, notices)) {
                gaps.add(new BackOrderGap(n, BackOrderGap.Kind.NOT_NOTIFIED));
                reasons.add(Reason.of(ORD_17, OrdersMessages.BUNDLE, "backorder.notNotified", n.itemCode()));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(ORD_17, OrdersMessages.BUNDLE, "backorder.clean", needs.size()));
        }
        return Decision.of(List.copyOf(gaps), reasons);
    }

    private static boolean notified(BackOrderNeed n, Instant arrived, List<ArrivalNotice> notices) {
        for (ArrivalNotice x : notices) {
            if (x.customer().equals(n.customer()) && x.itemCode().equals(n.itemCode()) && !x.notifiedAt().isBefore(arrived)) {
                return true;
            }
        }
        return false;
    }

    private static void noNulls(Violations v, List<?> list, String path) {
        if (v.requireNonNull(list, path, ORD_17)) {
            for (int i = 0; i < list.size(); i++) {
                v.requireNonNull(list.get(i), path + "[" + i + "]", ORD_17);
            }
        }
    }
}
