package dev.kefu.orders.ontime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.orders.OrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class OnTimeRateProperties {

    private static final Instant BASE = Instant.parse("2026-10-20T00:00:00Z");

    @Property
    @Label("ORD-19 the on-time rate lies in [0, 1] and on-time orders never exceed orders due")
    void rate_in_unit_interval(@ForAll @IntRange(min = 0, max = 60) int n, @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long seed) {
        java.util.Random r = new java.util.Random(seed);
        List<StepOutcome> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant deadline = BASE.plusSeconds(r.nextInt(60 * 86_400));
            Instant done = r.nextInt(5) == 0 ? null : deadline.plusSeconds(r.nextInt(7200) - 3600);
            steps.add(new StepOutcome(OrderId.of("o" + r.nextInt(Math.max(1, n / 2 + 1))), OrderStep.values()[r.nextInt(3)], deadline, done));
        }
        OnTimeRate rate = OnTimeRatePolicy.regulation().over(steps, YearMonth.of(2026, 11)).outcome();
        assertThat(rate.onTime()).isBetween(0L, rate.due());
        rate.fraction().ifPresent(f -> assertThat(f).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
        assertThat(rate.rate().isPresent()).isEqualTo(rate.due() > 0);
    }
}
