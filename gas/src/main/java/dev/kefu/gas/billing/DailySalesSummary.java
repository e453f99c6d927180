package dev.kefu.gas.billing;

import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasRules;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The daily gas-sales summary (當日氣量銷售匯總表, MTR-14) as submitted.
 *
 * @param businessDay  the day summarised
 * @param submittedAt  when it was submitted
 * @param volume  the gas sold, in cubic metres, not negative
 * @param amount  the sales amount, not negative
 * @param anomaliesFound  anomalies in customers' purchasing noticed on the day, not negative
 * @param anomaliesReported  of those, how many were reported, not negative
 */
public record DailySalesSummary(LocalDate businessDay, Instant submittedAt, BigDecimal volume, Money amount, int anomaliesFound,
        int anomaliesReported) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every problem */
    public DailySalesSummary {
        Violations v = Violations.create();
        v.requireNonNull(businessDay, "businessDay", GasRules.MTR_14);
        v.requireNonNull(submittedAt, "submittedAt", GasRules.MTR_14);
        if (v.requireNonNull(volume, "volume", GasRules.MTR_14) && volume.signum() < 0) {
            v.add("volume", "notNegative", GasRules.MTR_14);
        }
        if (v.requireNonNull(amount, "amount", GasRules.MTR_14) && amount.isNegative()) {
            v.add("amount", "notNegative", GasRules.MTR_14);
        }
        if (anomaliesFound < 0) {
            v.add("anomaliesFound", "notNegative", GasRules.MTR_14);
        }
        if (anomaliesReported < 0 || anomaliesReported > Math.max(anomaliesFound, 0)) {
            v.add("anomaliesReported", "notNegative", GasRules.MTR_14);
        }
        v.throwIfAny();
    }
}
