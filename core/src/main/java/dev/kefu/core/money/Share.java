package dev.kefu.core.money;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * A percentage between 0% and 100%, exact to four decimal places, such as the 80% / 20%
 * bonus split of ATT-9 or the supervisor's weight in an appraisal (CORE-MONEY-1).
 *
 * <p>Shares are decimal, never floating point, so 33.3333% + 33.3333% + 33.3334% totals
 * exactly 100%.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Share implements Comparable<Share>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final RuleId RULE = RuleId.of("CORE-MONEY-1");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The most decimal places a percentage may have. */
    public static final int MAX_SCALE = 4;

    /** 0%. */
    public static final Share ZERO = new Share(BigDecimal.ZERO);
    /** 50%. */
    public static final Share HALF = new Share(BigDecimal.valueOf(50));
    /** 100%. */
    public static final Share ALL = new Share(HUNDRED);

    private final BigDecimal percent;

    private Share(BigDecimal percent) {
        this.percent = percent;
    }

    /**
     * Obtains a share from a whole percentage.
     *
     * @param percent  the percentage, from 0 to 100
     * @return the share, not null
     * @throws dev.kefu.core.validation.PolicyInputException if out of range
     */
    public static Share ofPercent(long percent) {
        return ofPercent(BigDecimal.valueOf(percent));
    }

    /**
     * Obtains a share from a percentage written as text, such as {@code "33.3333"}.
     *
     * @param percent  the percentage, from 0 to 100, at most 4 decimal places, not null
     * @return the share, not null
     * @throws dev.kefu.core.validation.PolicyInputException if malformed or out of range
     */
    public static Share ofPercent(String percent) {
        Violations.nonNull(percent, "percent", RULE);
        if (percent.length() > 64) {
            Violations.create().add("percent", "share.malformed", RULE).throwIfAny();
        }
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(percent.trim());
        } catch (NumberFormatException e) {
            Violations.create().add("percent", "share.malformed", RULE).throwIfAny();
            throw new AssertionError(e);
        }
        return ofPercent(parsed);
    }

    /**
     * Obtains a share from a percentage.
     *
     * @param percent  the percentage, from 0 to 100, at most 4 decimal places, not null
     * @return the share, not null
     * @throws dev.kefu.core.validation.PolicyInputException if out of range or too precise
     */
    public static Share ofPercent(BigDecimal percent) {
        Violations v = Violations.create();
        if (!v.requireNonNull(percent, "percent", RULE)) {
            v.throwIfAny();
        }
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            v.add("percent", "share.range", RULE);
        }
        BigDecimal normal = percent.stripTrailingZeros();
        if (normal.scale() > MAX_SCALE) {
            v.add("percent", "share.scale", RULE, MAX_SCALE);
        }
        v.throwIfAny();
        return new Share(normal.scale() < 0 ? normal.setScale(0) : normal);
    }

    /** The percentage, such as 80 for 80%. */
    public BigDecimal percent() {
        return percent;
    }

    /** This share as a fraction of one, such as 0.8 for 80%. */
    public BigDecimal fraction() {
        return percent.movePointLeft(2);
    }

    /** Whether this share is 0%. */
    public boolean isZero() {
        return percent.signum() == 0;
    }

    /** The rest of 100%: 20% for 80%. */
    public Share complement() {
        return ofPercent(HUNDRED.subtract(percent));
    }

    /**
     * Shares proportional to weights, such as each group's sales in a composition analysis
     * (ARC-6), that total exactly 100%: each share is its exact proportion rounded to four
     * decimal places of a percent by the largest-remainder method (the leftover
     * ten-thousandths go to the largest remainders, earlier weights first among equals).
     *
     * @param weights  the weights, not negative, not all zero
     * @return one share per weight, in order, totalling exactly 100%
     * @throws dev.kefu.core.validation.PolicyInputException if a weight is negative or all are zero
     */
    public static java.util.List<Share> proportional(long... weights) {
        Violations.nonNull(weights, "weights", RULE);
        java.math.BigInteger total = java.math.BigInteger.ZERO;
        boolean bad = weights.length == 0;
        for (long w : weights) {
            if (w < 0) {
                bad = true;
                break;
            }
            total = total.add(java.math.BigInteger.valueOf(w)); // weights may add up beyond a long
        }
        if (bad || total.signum() == 0) {
            Violations.create().add("weights", "share.weights", RULE).throwIfAny();
        }
        final long units = 1_000_000L; // 100% in ten-thousandths of a percent
        int n = weights.length;
        long[] floor = new long[n];
        java.math.BigInteger[] remainder = new java.math.BigInteger[n];
        long assigned = 0;
        boolean small = total.bitLength() < 63;
        long longTotal = small ? total.longValue() : 0;
        for (int i = 0; i < n; i++) {
            if (small && weights[i] <= Long.MAX_VALUE / units) {
                long num = weights[i] * units;
                floor[i] = num / longTotal;
                remainder[i] = java.math.BigInteger.valueOf(num % longTotal);
            } else {
                java.math.BigInteger[] qr = java.math.BigInteger.valueOf(weights[i])
                        .multiply(java.math.BigInteger.valueOf(units)).divideAndRemainder(total);
                floor[i] = qr[0].longValueExact();
                remainder[i] = qr[1];
            }
            assigned += floor[i];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = remainder[b].compareTo(remainder[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int k = 0; k < units - assigned; k++) {
            floor[order[k]]++;
        }
        java.util.List<Share> out = new java.util.ArrayList<>(n);
        for (long f : floor) {
            out.add(ofPercent(BigDecimal.valueOf(f, MAX_SCALE)));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /**
     * The sum of shares, as a plain percentage (it may exceed 100).
     *
     * @param shares  the shares, not null
     * @return the total percentage, not null
     */
    public static BigDecimal totalPercent(Collection<Share> shares) {
        Violations.nonNull(shares, "shares", RULE);
        BigDecimal total = BigDecimal.ZERO;
        Violations v = Violations.create();
        int i = 0;
        for (Share s : shares) {
            if (v.requireNonNull(s, "shares[" + i + "]", RULE)) {
                total = total.add(s.percent);
            }
            i++;
        }
        v.throwIfAny();
        return total;
    }

    /** Whether shares total exactly 100%. */
    public static boolean totalOneHundred(Collection<Share> shares) {
        return totalPercent(shares).compareTo(HUNDRED) == 0;
    }

    @Override
    public int compareTo(Share other) {
        Violations.nonNull(other, "other", RULE);
        return percent.compareTo(other.percent);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Share && ((Share) o).percent.compareTo(percent) == 0;
    }

    @Override
    public int hashCode() {
        return percent.stripTrailingZeros().hashCode();
    }

    /** The percentage with a percent sign, such as {@code 80%} or {@code 33.3333%}. */
    @Override
    public String toString() {
        return percent.toPlainString() + "%";
    }
}
