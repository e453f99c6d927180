package dev.kefu.orders.ontime;

import static dev.kefu.orders.Fixtures.at;
import static dev.kefu.orders.Fixtures.explained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.orders.OrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OnTimeRateTest {

    static final YearMonth NOV = YearMonth.of(2026, 11);
    static final OnTimeRatePolicy P = OnTimeRatePolicy.regulation();

    static StepOutcome step(String order, OrderStep s, String deadline, String done) {
        return new StepOutcome(OrderId.of(order), s, at(deadline), done == null ? null : at(done));
    }

    @Test
    @DisplayName("ORD-19 on-time orders over orders due in the month: a step done exactly at its deadline is on time")
    void rate() {
        var d = P.over(List.of(
                step("A", OrderStep.PICKING, "2026-11-10T18:00", "2026-11-10T18:00"),
                step("A", OrderStep.SHIPPING, "2026-11-12T18:00", "2026-11-12T17:00"),
                step("B", OrderStep.PICKING, "2026-11-10T18:00", "2026-11-10T18:00:01"),
                step("B", OrderStep.SHIPPING, "2026-11-12T18:00", "2026-11-12T17:00"),
                step("C", OrderStep.HOST_STEP, "2026-11-20T18:00", null),
                step("D", OrderStep.PICKING, "2026-11-30T18:00", "2026-11-30T18:00")), NOV);
        assertThat(d.outcome().due()).isEqualTo(4);
        assertThat(d.outcome().onTime()).isEqualTo(2);
        assertThat(d.outcome().percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("50"));
        assertThat(d.outcome().fraction()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.5"));
        assertThat(explained(d)).contains("2 of 4").contains("订单处理及时率");
    }

    @Test
    @DisplayName("ORD-19 an order counts in the month of its latest deadline (Asia/Shanghai), not the first")
    void month_of_latest_deadline() {
        var d = P.over(List.of(
                step("A", OrderStep.PICKING, "2026-11-30T18:00", "2026-11-30T18:00"),
                step("A", OrderStep.SHIPPING, "2026-12-01T00:00", "2026-11-30T20:00"),
                step("B", OrderStep.SHIPPING, "2026-11-30T23:59:59", "2026-11-30T20:00")), NOV);
        assertThat(d.outcome().due()).isEqualTo(1);
        assertThat(P.over(d.outcome().due() == 1 ? List.of(step("A", OrderStep.PICKING, "2026-12-01T00:00", null)) : List.of(), YearMonth.of(2026, 12))
                .outcome().due()).isEqualTo(1);
    }

    @Test
    @DisplayName("ORD-19 no orders due: no rate rather than a division by zero")
    void none_due() {
        var d = P.over(List.of(), NOV);
        assertThat(d.outcome().rate()).isEmpty();
        assertThat(d.outcome().percent()).isEmpty();
        assertThat(d.outcome().fraction()).isEmpty();
        explained(d);
    }

    @Test
    @DisplayName("ORD-19 malformed input is refused; months in another zone via the builder")
    void malformed() {
        assertThatThrownBy(() -> P.over(null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(2));
        List<StepOutcome> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> P.over(withNull, NOV)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> P.over(List.of(new StepOutcome(OrderId.of("A"), OrderStep.PICKING, Instant.MAX, null)), NOV))
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> new StepOutcome(null, null, null, null)).isInstanceOf(PolicyInputException.class)
                .satisfies(x -> assertThat(((PolicyInputException) x).violations()).hasSize(3));
        assertThatThrownBy(() -> OnTimeRatePolicy.builder().zone(null).build()).isInstanceOf(PolicyInputException.class);
        OnTimeRatePolicy utc = OnTimeRatePolicy.builder().zone(java.time.ZoneId.of("UTC")).build();
        // 2026-12-01 00:00 Shanghai is 2026-11-30 16:00 UTC: November in UTC
        assertThat(utc.over(List.of(step("A", OrderStep.PICKING, "2026-12-01T00:00", null)), NOV).outcome().due()).isEqualTo(1);
        assertThat(BigDecimal.ONE).isNotNull();
    }
}
