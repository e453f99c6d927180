package dev.kefu.orders.shipping;

import static dev.kefu.orders.OrderRules.ORD_10;
import static dev.kefu.orders.OrderRules.ORD_9;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.OrdersMessages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The paper trail of shipments (ORD-9, ORD-10).
 * <ul>
 * <li>ORD-9: when goods ship, the customer is told — phoned with the waybill number and the
 * expected arrival (S1 part 12); a tracking number is given when the customer asks (S0). A
 * shipped order with no recorded notice is a gap.</li>
 * <li>ORD-10: a dispatch voucher is kept for every shipment, recording the time, the customer,
 * the quantity of goods and the waybill number.</li>
 * </ul>
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class ShipmentAudit {

    private static final ShipmentAudit REGULATION = new ShipmentAudit();

    private ShipmentAudit() {
    }

    /** The regulation's audit. */
    public static ShipmentAudit regulation() {
        return REGULATION;
    }

    /**
     * Audits shipments and their vouchers (ORD-9, ORD-10).
     *
     * @param shipments  the shipments, none null
     * @param vouchers  the vouchers kept, none null
     * @return every gap, in the order of the shipments; one reason per gap
     * @throws dev.kefu.core.validation.PolicyInputException if a list is null or holds null
     */
    public Decision<List<ShipmentGap>> audit(List<Shipment> shipments, List<DispatchVoucher> vouchers) {
        Violations v = Violations.create();
        if (v.requireNonNull(shipments, "shipments", ORD_9)) {
            for (int i = 0; i < shipments.size(); i++) {
                v.requireNonNull(shipments.get(i), "shipments[" + i + "]", ORD_9);
            }
        }
        if (v.requireNonNull(vouchers, "vouchers", ORD_10)) {
            for (int i = 0; i < vouchers.size(); i++) {
                v.requireNonNull(vouchers.get(i), "vouchers[" + i + "]", ORD_10);
            }
        }
        v.throwIfAny();
        Map<OrderId, DispatchVoucher> byOrder = new HashMap<>();
        for (DispatchVoucher d : vouchers) {
            byOrder.put(d.order(), d);
        }
        List<ShipmentGap> gaps = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (Shipment s : shipments) {
            OrderId o = s.order();
            if (s.noticeAt().isEmpty()) {
                gap(gaps, reasons, o, ShipmentGap.Kind.NO_NOTICE, ORD_9);
            } else {
                if (!s.noticeContent().contains(NoticeContent.WAYBILL)) {
                    gap(gaps, reasons, o, ShipmentGap.Kind.NOTICE_WITHOUT_WAYBILL, ORD_9);
                }
                if (!s.noticeContent().contains(NoticeContent.EXPECTED_ARRIVAL)) {
                    gap(gaps, reasons, o, ShipmentGap.Kind.NOTICE_WITHOUT_ARRIVAL, ORD_9);
                }
            }
            if (s.trackingRequestedAt().isPresent() && s.trackingGivenAt().isEmpty()) {
                gap(gaps, reasons, o, ShipmentGap.Kind.TRACKING_NOT_GIVEN, ORD_9);
            }
            DispatchVoucher d = byOrder.get(o);
            if (d == null) {
                gap(gaps, reasons, o, ShipmentGap.Kind.NO_VOUCHER, ORD_10);
                continue;
            }
            if (d.time() == null) {
                gap(gaps, reasons, o, ShipmentGap.Kind.VOUCHER_WITHOUT_TIME, ORD_10);
            }
            if (d.customer() == null) {
                gap(gaps, reasons, o, ShipmentGap.Kind.VOUCHER_WITHOUT_CUSTOMER, ORD_10);
            }
            if (d.quantity() < 1) {
                gap(gaps, reasons, o, ShipmentGap.Kind.VOUCHER_WITHOUT_QUANTITY, ORD_10);
            }
            if (d.waybill() == null || d.waybill().isBlank()) {
                gap(gaps, reasons, o, ShipmentGap.Kind.VOUCHER_WITHOUT_WAYBILL, ORD_10);
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(ORD_9, OrdersMessages.BUNDLE, "audit.clean", shipments.size()));
            reasons.add(Reason.of(ORD_10, OrdersMessages.BUNDLE, "audit.vouchersClean", shipments.size()));
        }
        return Decision.of(List.copyOf(gaps), reasons);
    }

    private static void gap(List<ShipmentGap> gaps, List<Reason> reasons, OrderId o, ShipmentGap.Kind k, dev.kefu.core.decision.RuleId rule) {
        gaps.add(new ShipmentGap(o, k));
        reasons.add(Reason.of(rule, OrdersMessages.BUNDLE, "audit." + k.name(), o.value()));
    }
}
