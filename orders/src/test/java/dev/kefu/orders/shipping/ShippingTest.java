package dev.kefu.orders.shipping;

import static dev.kefu.orders.Fixtures.at;
import static dev.kefu.orders.Fixtures.explained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import dev.kefu.orders.OrderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShippingTest {

    static final ShippingPolicy POLICY = ShippingPolicy.builder().shipWithinWorkingDays(2).build();

    static Shipment.Builder shipment() {
        Shipment.Builder b = Shipment.builder();
        // Tuesday 2026-11-24; two working days → Thursday 2026-11-26 close of business
        b.order(OrderId.of("S-1")).customer(CustomerId.of("C-1")).readyAt(at("2026-11-24T11:00")).shippedAt(at("2026-11-25T15:00"))
                .requestedCarrier("顺丰").carrier("顺丰").requestedMethod("陆运").method("陆运").waybill("SF100")
                .noticeAt(at("2026-11-25T15:30")).addNoticeContent(NoticeContent.SHIPPED, NoticeContent.WAYBILL, NoticeContent.EXPECTED_ARRIVAL);
        return b;
    }

    @Test
    @DisplayName("ORD-8 the shipping period is a required setting, named; it counts working days on the business calendar")
    void required_setting() {
        assertThatThrownBy(() -> ShippingPolicy.builder().build()).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).extracting(Violation::path)
                        .containsExactly("shipWithinWorkingDays"));
        assertThatThrownBy(() -> ShippingPolicy.builder().shipWithinWorkingDays(0).calendar(null).build())
                .isInstanceOf(PolicyInputException.class);
        var d = POLICY.deadline(at("2026-11-27T11:00"));
        Instant expected = BusinessCalendar.chinaOfficial().closeOfBusiness(java.time.LocalDate.of(2026, 12, 1));
        assertThat(d.outcome()).isEqualTo(expected);
        assertThat(explained(d)).contains("2026-12-01");
        assertThat(POLICY.calendar()).isNotNull();
        BusinessCalendar weekdays = BusinessCalendar.builder().coverage(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2027, 12, 31)).build();
        ShippingPolicy one = ShippingPolicy.builder().calendar(weekdays).shipWithinWorkingDays(1).build();
        assertThat(one.calendar()).isSameAs(weekdays);
        assertThat(one.deadline(at("2026-11-24T11:00")).outcome()).isEqualTo(weekdays.deadlineAfterWorkingDays(at("2026-11-24T11:00"), 1));
    }

    @Test
    @DisplayName("ORD-8 shipped exactly at the deadline is on time; one second later is late")
    void deadline_boundary() {
        Instant deadline = POLICY.deadline(at("2026-11-24T11:00")).outcome();
        var onTime = POLICY.check(shipment().shippedAt(deadline).build());
        assertThat(onTime.outcome()).isEqualTo(ShippingCheck.MET);
        explained(onTime);
        var late = POLICY.check(shipment().shippedAt(deadline.plusSeconds(1)).build());
        assertThat(late.outcome()).isEqualTo(ShippingCheck.MISSED);
        assertThat(explained(late)).contains("after the deadline");
    }

    @Test
    @DisplayName("ORD-8 shipped by another carrier or method than the customer asked is a miss")
    void carrier_and_method() {
        var d = POLICY.check(shipment().carrier("圆通").method("空运").build());
        assertThat(d.reasons()).extracting(r -> r.key()).containsExactly("shipping.otherCarrier", "shipping.otherMethod");
        explained(d);
    }

    @Test
    @DisplayName("ORD-8 a shipment before it was ready, missing fields or out-of-range times are malformed")
    void malformed() {
        assertThatThrownBy(() -> Shipment.builder().build()).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(8));
        assertThatThrownBy(() -> shipment().shippedAt(at("2026-11-24T10:59")).build()).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> shipment().addNoticeContent((NoticeContent) null).build()).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> POLICY.deadline(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> POLICY.deadline(Instant.MAX)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> POLICY.check(null)).isInstanceOf(PolicyInputException.class);
        assertThat(shipment().noticeContent(null).build().noticeContent()).isEmpty();
    }

    @Test
    @DisplayName("ORD-9 ORD-10 a notified shipment with a complete voucher has no gaps")
    void clean_audit() {
        var d = ShipmentAudit.regulation().audit(List.of(shipment().build()),
                List.of(new DispatchVoucher(OrderId.of("S-1"), at("2026-11-25T15:00"), CustomerId.of("C-1"), 3, "SF100")));
        assertThat(d.outcome()).isEmpty();
        assertThat(d.applied("ORD-9")).isTrue();
        assertThat(d.applied("ORD-10")).isTrue();
        explained(d);
    }

    @Test
    @DisplayName("ORD-9 a shipped order with no recorded notice is a gap; a notice without waybill or arrival too")
    void notice_gaps() {
        var none = ShipmentAudit.regulation().audit(List.of(shipment().noticeAt((Instant) null).build()),
                List.of(new DispatchVoucher(OrderId.of("S-1"), at("2026-11-25T15:00"), CustomerId.of("C-1"), 3, "SF100")));
        assertThat(none.outcome()).containsExactly(new ShipmentGap(OrderId.of("S-1"), ShipmentGap.Kind.NO_NOTICE));
        assertThat(explained(none)).contains("no notice");
        var partial = ShipmentAudit.regulation().audit(List.of(shipment().noticeContent(List.of(NoticeContent.SHIPPED))
                        .trackingRequestedAt(at("2026-11-25T16:00")).build()),
                List.of(new DispatchVoucher(OrderId.of("S-1"), at("2026-11-25T15:00"), CustomerId.of("C-1"), 3, "SF100")));
        assertThat(partial.outcome()).extracting(ShipmentGap::kind).containsExactly(ShipmentGap.Kind.NOTICE_WITHOUT_WAYBILL,
                ShipmentGap.Kind.NOTICE_WITHOUT_ARRIVAL, ShipmentGap.Kind.TRACKING_NOT_GIVEN);
        explained(partial);
        var given = ShipmentAudit.regulation().audit(List.of(shipment().trackingRequestedAt(at("2026-11-25T16:00"))
                        .trackingGivenAt(at("2026-11-25T16:01")).build()),
                List.of(new DispatchVoucher(OrderId.of("S-1"), at("2026-11-25T15:00"), CustomerId.of("C-1"), 3, "SF100")));
        assertThat(given.outcome()).isEmpty();
    }

    @Test
    @DisplayName("ORD-10 no voucher, or a voucher lacking time, customer, quantity or waybill, is a gap")
    void voucher_gaps() {
        var none = ShipmentAudit.regulation().audit(List.of(shipment().build()), List.of());
        assertThat(none.outcome()).extracting(ShipmentGap::kind).containsExactly(ShipmentGap.Kind.NO_VOUCHER);
        var empty = ShipmentAudit.regulation().audit(List.of(shipment().build()),
                List.of(new DispatchVoucher(OrderId.of("S-1"), null, null, 0, " ")));
        assertThat(empty.outcome()).extracting(ShipmentGap::kind).containsExactly(ShipmentGap.Kind.VOUCHER_WITHOUT_TIME,
                ShipmentGap.Kind.VOUCHER_WITHOUT_CUSTOMER, ShipmentGap.Kind.VOUCHER_WITHOUT_QUANTITY, ShipmentGap.Kind.VOUCHER_WITHOUT_WAYBILL);
        assertThat(explained(empty)).contains("waybill");
        var nullWaybill = ShipmentAudit.regulation().audit(List.of(shipment().build()),
                List.of(new DispatchVoucher(OrderId.of("S-1"), at("2026-11-25T15:00"), CustomerId.of("C-1"), 1, null)));
        assertThat(nullWaybill.outcome()).extracting(ShipmentGap::kind).containsExactly(ShipmentGap.Kind.VOUCHER_WITHOUT_WAYBILL);
        assertThatThrownBy(() -> new DispatchVoucher(null, null, null, -1, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
        assertThatThrownBy(() -> ShipmentAudit.regulation().audit(null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
        List<Shipment> ns = new ArrayList<>();
        ns.add(null);
        List<DispatchVoucher> nv = new ArrayList<>();
        nv.add(null);
        assertThatThrownBy(() -> ShipmentAudit.regulation().audit(ns, nv)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
    }

    @Test
    @DisplayName("ORD-8 CORE-CAL-3 a shipping deadline that reaches into 2027 (not yet published) carries CORE-CAL-3 in both languages")
    void provisional_deadline_says_so() {
        var d = POLICY.deadline(at("2026-12-30T10:00"));
        assertThat(d.outcome()).isEqualTo(at("2027-01-04T22:00"));
        assertThat(d.ruleIds()).extracting(r -> r.value()).containsExactly("ORD-8", "CORE-CAL-3");
        assertThat(d.explain(java.util.Locale.SIMPLIFIED_CHINESE)).contains("2027 年放假安排尚未公布，按法定假日估算");
        assertThat(POLICY.deadline(at("2026-12-28T10:00")).ruleIds()).extracting(r -> r.value()).containsExactly("ORD-8");
    }
}
