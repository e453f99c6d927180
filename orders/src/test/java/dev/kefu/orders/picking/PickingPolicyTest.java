package dev.kefu.orders.picking;

import static dev.kefu.orders.Fixtures.at;
import static dev.kefu.orders.Fixtures.explained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.calendar.DutyCalendar;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import dev.kefu.orders.OrderId;
import dev.kefu.orders.review.Order;
import dev.kefu.orders.review.OrderChannel;
import dev.kefu.orders.review.OrderLine;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PickingPolicyTest {

    /** Off duty on Sundays. */
    static final DutyCalendar NO_SUNDAYS = DutyCalendar.of(d -> d.getDayOfWeek() != DayOfWeek.SUNDAY);

    static PickingPolicy policy() {
        return PickingPolicy.builder().cutOff(LocalTime.of(16, 0)).endOfWork(LocalTime.of(18, 0)).largeOrderQuantity(100)
                .dutyCalendar(NO_SUNDAYS).build();
    }

    @Test
    @DisplayName("ORD-4 received one second before the cut-off: picked the same day by the end of work")
    void before_cut_off_same_day() {
        var d = policy().deadline(at("2026-11-24T15:59:59"), 10);
        assertThat(d.outcome().deadline()).isEqualTo(at("2026-11-24T18:00"));
        assertThat(d.outcome().target()).isEqualTo(PickingTarget.SAME_DAY);
        assertThat(d.outcome().causes()).isEmpty();
        assertThat(explained(d)).contains("2026-11-24 18:00").contains("当天下班前");
    }

    @Test
    @DisplayName("ORD-4 received exactly at the cut-off is late: next duty day")
    void at_cut_off_is_late() {
        var d = policy().deadline(at("2026-11-24T16:00"), 10);
        assertThat(d.outcome().deadline()).isEqualTo(at("2026-11-25T18:00"));
        assertThat(d.outcome().causes()).containsExactly(DeferralCause.LATE);
        assertThat(explained(d)).contains("16:00").contains("2026-11-25 18:00");
    }

    @Test
    @DisplayName("ORD-4 a quantity at the size threshold is large; one below is not")
    void size_threshold_boundary() {
        var large = policy().deadline(at("2026-11-24T09:00"), 100);
        assertThat(large.outcome().target()).isEqualTo(PickingTarget.NEXT_DUTY_DAY);
        assertThat(large.outcome().causes()).containsExactly(DeferralCause.LARGE);
        assertThat(explained(large)).contains("100");
        assertThat(policy().deadline(at("2026-11-24T09:00"), 99).outcome().target()).isEqualTo(PickingTarget.SAME_DAY);
    }

    @Test
    @DisplayName("ORD-4 late on Saturday: the next duty day skips the Sunday off duty")
    void next_duty_day_skips_off_duty() {
        var d = policy().deadline(at("2026-11-28T17:00"), 1);
        assertThat(d.outcome().deadline()).isEqualTo(at("2026-11-30T18:00"));
    }

    @Test
    @DisplayName("ORD-4 received on a day off duty: end of work of the next duty day")
    void received_off_duty() {
        var d = policy().deadline(at("2026-11-29T09:00"), 1);
        assertThat(d.outcome().deadline()).isEqualTo(at("2026-11-30T18:00"));
        assertThat(d.outcome().causes()).containsExactly(DeferralCause.OFF_DUTY_DAY);
        explained(d);
    }

    @Test
    @DisplayName("ORD-4 the default duty calendar is every day: late on Saturday is due Sunday")
    void default_every_day() {
        PickingPolicy p = PickingPolicy.builder().cutOff(LocalTime.of(16, 0)).endOfWork(LocalTime.of(18, 0)).largeOrderQuantity(100).build();
        assertThat(p.deadline(at("2026-11-28T17:00"), 1).outcome().deadline()).isEqualTo(at("2026-11-29T18:00"));
        assertThat(p.dutyCalendar()).isSameAs(DutyCalendar.everyDay());
        assertThat(p.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(p.cutOff()).isEqualTo(LocalTime.of(16, 0));
        assertThat(p.endOfWork()).isEqualTo(LocalTime.of(18, 0));
        assertThat(p.largeOrderQuantity()).isEqualTo(100);
    }

    @Test
    @DisplayName("ORD-4 late and large together list both causes")
    void late_and_large() {
        var d = policy().deadline(at("2026-11-24T17:00"), 500);
        assertThat(d.outcome().causes()).containsExactlyInAnyOrder(DeferralCause.LATE, DeferralCause.LARGE);
        assertThat(d.reasons()).extracting(r -> r.key()).containsExactly("picking.late", "picking.large");
        var offLarge = policy().deadline(at("2026-11-29T09:00"), 500);
        assertThat(offLarge.reasons()).extracting(r -> r.key()).containsExactly("picking.offDuty", "picking.large");
    }

    @Test
    @DisplayName("ORD-4 an order's deadline uses its receipt time and total quantity")
    void from_order() {
        Order o = Order.builder().id(OrderId.of("D-1")).customer(CustomerId.of("C")).channel(OrderChannel.PHONE)
                .receivedAt(at("2026-11-24T10:00")).addLines(OrderLine.builder().quantity(60).build(), OrderLine.builder().quantity(40).build()).build();
        assertThat(policy().deadline(o).outcome().target()).isEqualTo(PickingTarget.NEXT_DUTY_DAY);
        assertThatThrownBy(() -> policy().deadline((Order) null)).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("ORD-4 picked exactly at the deadline is met; one second later is missed")
    void check_boundary() {
        var met = policy().check(at("2026-11-24T10:00"), 1, at("2026-11-24T18:00"));
        assertThat(met.outcome()).isEqualTo(PickingCheck.MET);
        explained(met);
        var missed = policy().check(at("2026-11-24T10:00"), 1, at("2026-11-24T18:00:01"));
        assertThat(missed.outcome()).isEqualTo(PickingCheck.MISSED);
        assertThat(explained(missed)).contains("after the deadline");
        assertThatThrownBy(() -> policy().check(at("2026-11-24T10:00"), 1, at("2026-11-24T09:00"))).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> policy().check(at("2026-11-24T10:00"), 1, null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> policy().check(null, 1, at("2026-11-24T09:00"))).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("ORD-4 the cut-off, size threshold and end of work are required settings, each named")
    void required_settings() {
        assertThatThrownBy(() -> PickingPolicy.builder().build()).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).extracting(Violation::path)
                        .containsExactlyInAnyOrder("cutOff", "largeOrderQuantity", "endOfWork"))
                .hasMessageContaining("cutOff");
    }

    @Test
    @DisplayName("ORD-4 bad settings: cut-off after end of work, fractions of a second, zero threshold, nulls")
    void bad_settings() {
        assertThatThrownBy(() -> PickingPolicy.builder().cutOff(LocalTime.of(18, 0, 1)).endOfWork(LocalTime.of(18, 0)).largeOrderQuantity(1).build())
                .isInstanceOf(PolicyInputException.class);
        assertThat(PickingPolicy.builder().cutOff(LocalTime.of(18, 0)).endOfWork(LocalTime.of(18, 0)).largeOrderQuantity(1).build()).isNotNull();
        assertThatThrownBy(() -> PickingPolicy.builder().cutOff(LocalTime.of(16, 0, 0, 1)).endOfWork(LocalTime.of(18, 0)).largeOrderQuantity(1).build())
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> PickingPolicy.builder().cutOff(LocalTime.NOON).endOfWork(LocalTime.of(18, 0)).largeOrderQuantity(0).build())
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> PickingPolicy.builder().cutOff(LocalTime.NOON).endOfWork(LocalTime.of(18, 0)).largeOrderQuantity(1)
                .dutyCalendar(null).zone(null).build())
                .isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
        assertThatThrownBy(() -> PickingPolicy.builder().cutOff(null).endOfWork(null).largeOrderQuantity(1).build())
                .isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("ORD-4 malformed input: negative quantity, null or out-of-range time")
    void malformed() {
        assertThatThrownBy(() -> policy().deadline(at("2026-11-24T10:00"), -1)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> policy().deadline((Instant) null, 1)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> policy().deadline(Instant.MAX, 1)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> policy().deadline(Instant.MIN, 1)).isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("ORD-4 a deadline value needs every component")
    void deadline_record() {
        assertThatThrownBy(() -> new PickingDeadline(null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(3));
        java.util.Set<DeferralCause> withNull = new java.util.HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> new PickingDeadline(Instant.EPOCH, PickingTarget.SAME_DAY, withNull)).isInstanceOf(PolicyInputException.class);
        assertThat(new PickingDeadline(Instant.EPOCH, PickingTarget.NEXT_DUTY_DAY, Set.of(DeferralCause.LATE)).causes()).containsExactly(DeferralCause.LATE);
    }
}
