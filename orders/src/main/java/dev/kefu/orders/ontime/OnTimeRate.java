package dev.kefu.orders.ontime;

import dev.kefu.core.money.Share;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The order-handling on-time rate of a month (訂單處理及時率, ORD-19, for APR-2).
 *
 * @param month  the month
 * @param due  orders due in the month
 * @param onTime  of those, orders whose every step met its deadline
 * @param rate  {@code onTime / due}, rounded half-even to four decimal places of a percent; empty when nothing was due
 */
public record OnTimeRate(YearMonth month, long due, long onTime, Optional<Share> rate) {

    /**
     * The rate as a fraction in [0, 1], or empty when nothing was due.
     *
     * @return the fraction
     */
    public Optional<BigDecimal> fraction() {
        return rate.map(Share::fraction);
    }

    /**
     * The rate as a percent in [0, 100] — the value a host passes to appraisal as the
     * {@code ORDER_ON_TIME_RATE} indicator score (APR-2) — or empty when nothing was due.
     *
     * @return the percent
     */
    public Optional<BigDecimal> percent() {
        return rate.map(Share::percent);
    }
}
