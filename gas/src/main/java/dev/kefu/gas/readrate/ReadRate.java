package dev.kefu.gas.readrate;

import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A meter-read rate (抄見率, MTR-6): meters actually read in the cycle ÷ meters due in the
 * cycle, held exactly as the two counts.
 *
 * @param read  meters actually read, from 0 to due
 * @param due  meters due, at least 1
 */
public record ReadRate(long read, long due) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** @throws dev.kefu.core.validation.PolicyInputException unless 0 ≤ read ≤ due and due ≥ 1 */
    public ReadRate {
        Violations v = Violations.create();
        if (due < 1) {
            v.add("due", "positive", GasRules.MTR_6);
        }
        if (read < 0 || read > due) {
            v.add("read", GasMessages.BUNDLE, "readRate.readRange", GasRules.MTR_6);
        }
        v.throwIfAny();
    }

    /** The rate as a fraction of one, exact to 10 decimal places, rounded down. */
    public BigDecimal fraction() {
        return BigDecimal.valueOf(read).divide(BigDecimal.valueOf(due), 10, RoundingMode.DOWN);
    }

    /**
     * The rate as a percentage, rounded down to {@value Share#MAX_SCALE} decimal places, so a
     * rate just short of a target never shows as reaching it.
     */
    public Share asShare() {
        return Share.ofPercent(BigDecimal.valueOf(read).multiply(HUNDRED).divide(BigDecimal.valueOf(due), Share.MAX_SCALE, RoundingMode.DOWN));
    }

    /**
     * Whether the rate reaches a target (必須達到: at least the target), compared exactly.
     *
     * @param target  the target, not null
     * @return true if read ÷ due ≥ target
     */
    public boolean meets(Share target) {
        return BigDecimal.valueOf(read).multiply(HUNDRED).compareTo(target.percent().multiply(BigDecimal.valueOf(due))) >= 0;
    }
}
