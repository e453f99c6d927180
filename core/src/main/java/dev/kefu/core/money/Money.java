package dev.kefu.core.money;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An amount of Chinese yuan (CNY), exact to the fen (0.01), backed by {@link BigDecimal} and
 * never by floating point (CORE-MONEY-1). Fines, rewards, bonuses and commissions are Money.
 *
 * <p>Splitting by percentages uses the largest-remainder method, so the parts always add up
 * to the whole to the fen:
 * <pre>{@code
 * Money.of("0.03").allocate(Share.ofPercent(80), Share.ofPercent(20));   // [0.02, 0.01]
 * Money.of("100.00").allocate(third, third, third);                      // never 99.99 in total
 * }</pre>
 *
 * <p>Amounts may be negative (a deduction); arithmetic is exact and never rounds silently.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Money implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final RuleId RULE = RuleId.of("CORE-MONEY-1");
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    /** The currency, always CNY. */
    public static final String CURRENCY = "CNY";
    /** The number of decimal places: yuan and fen. */
    public static final int SCALE = 2;
    /** Zero yuan. */
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * Obtains an amount from a decimal with at most two decimal places.
     *
     * @param amount  the amount in yuan, not null
     * @return the money, not null
     * @throws dev.kefu.core.validation.PolicyInputException if the amount has fractions of a fen
     */
    public static Money of(BigDecimal amount) {
        Violations v = Violations.create();
        if (!v.requireNonNull(amount, "amount", RULE)) {
            v.throwIfAny();
        }
        requireMagnitude(amount, "amount");
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            v.add("amount", "money.scale", RULE).throwIfAny();
        }
        return new Money(setScale(amount, RoundingMode.UNNECESSARY, "amount"));
    }

    /**
     * Obtains an amount from text such as {@code "1234.50"}.
     *
     * @param amount  the amount in yuan, at most two decimal places, not null
     * @return the money, not null
     * @throws dev.kefu.core.validation.PolicyInputException if malformed or has fractions of a fen
     */
    public static Money of(String amount) {
        Violations.nonNull(amount, "amount", RULE);
        if (amount.length() > MAX_TEXT) {
            Violations.create().add("amount", "money.malformed", RULE).throwIfAny();
        }
        try {
            return of(new BigDecimal(amount.trim()));
        } catch (NumberFormatException e) {
            Violations.create().add("amount", "money.malformed", RULE).throwIfAny();
            throw new AssertionError(e);
        }
    }

    /**
     * Obtains a whole number of yuan.
     *
     * @param yuan  the amount in yuan
     * @return the money, not null
     */
    public static Money yuan(long yuan) {
        return new Money(BigDecimal.valueOf(yuan).setScale(SCALE));
    }

    /**
     * Obtains an amount in fen (hundredths of a yuan).
     *
     * @param fen  the amount in fen
     * @return the money, not null
     */
    public static Money ofFen(long fen) {
        return new Money(BigDecimal.valueOf(fen, SCALE));
    }

    /**
     * Obtains an amount by rounding a decimal to the fen.
     *
     * @param amount  the amount in yuan, not null
     * @param rounding  how to round, not null
     * @return the money, not null
     */
    public static Money rounded(BigDecimal amount, RoundingMode rounding) {
        Violations v = Violations.create();
        v.requireNonNull(amount, "amount", RULE);
        v.requireNonNull(rounding, "rounding", RULE);
        v.throwIfAny();
        requireMagnitude(amount, "amount");
        return new Money(setScale(amount, rounding, "rounding"));
    }

    /** The largest number of integer digits an amount may have: far beyond any real amount, well inside BigDecimal. */
    public static final int MAX_INTEGER_DIGITS = 30;
    private static final int MAX_TEXT = 64;

    private static void requireMagnitude(BigDecimal amount, String path) {
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            Violations.create().add(path, "money.tooLarge", RULE, MAX_INTEGER_DIGITS).throwIfAny();
        }
    }

    private static BigDecimal setScale(BigDecimal amount, RoundingMode rounding, String path) {
        try {
            return amount.setScale(SCALE, rounding);
        } catch (ArithmeticException e) { // RoundingMode.UNNECESSARY on a fraction of a fen
            Violations.create().add(path, "money.scale", RULE).throwIfAny();
            throw e;
        }
    }

    /** The amount in yuan, with exactly two decimal places. */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * The amount in fen.
     *
     * @throws dev.kefu.core.validation.PolicyInputException if it does not fit in a long
     */
    public long toFen() {
        try {
            return amount.unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            Violations.create().add("amount", "money.fenOverflow", RULE).throwIfAny();
            throw e;
        }
    }

    /** The sum of this and another amount. */
    public Money plus(Money other) {
        Violations.nonNull(other, "other", RULE);
        return new Money(amount.add(other.amount));
    }

    /** This amount less another. */
    public Money minus(Money other) {
        Violations.nonNull(other, "other", RULE);
        return new Money(amount.subtract(other.amount));
    }

    /** This amount multiplied by a whole number, such as a count of occurrences. */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    /**
     * A share of this amount, rounded to the fen.
     *
     * @param share  the share, not null
     * @param rounding  how to round, not null
     * @return the part, not null
     */
    public Money times(Share share, RoundingMode rounding) {
        Violations v = Violations.create();
        v.requireNonNull(share, "share", RULE);
        v.requireNonNull(rounding, "rounding", RULE);
        v.throwIfAny();
        return new Money(setScale(amount.multiply(share.fraction()), rounding, "rounding"));
    }

    /** The negation of this amount. */
    public Money negate() {
        return new Money(amount.negate());
    }

    /** Whether this amount is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** Whether this amount is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Whether this amount is above zero. */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** Whether this amount is greater than another. */
    public boolean isGreaterThan(Money other) {
        Violations.nonNull(other, "other", RULE);
        return compareTo(other) > 0;
    }

    /**
     * Splits this amount by shares that total exactly 100%, by the largest-remainder method
     * (CORE-MONEY-1).
     *
     * <p>Each part is first its exact share rounded toward zero to the fen; the fen left over
     * go one each to the parts with the largest remainders, earlier parts first among equal
     * remainders. So the parts always sum to this amount exactly, each part is within 0.01 of
     * its exact share, and the result is deterministic.
     *
     * @param shares  the shares, in order, totalling exactly 100%
     * @return the parts, in the order of the shares, not null
     * @throws dev.kefu.core.validation.PolicyInputException if no shares are given, one is
     *     null, or they do not total 100%
     */
    public List<Money> allocate(Share... shares) {
        Violations.nonNull(shares, "shares", RULE);
        return allocate(Arrays.asList(shares));
    }

    /**
     * Splits this amount by shares that total exactly 100%; see {@link #allocate(Share...)}.
     *
     * @param shares  the shares, in order, totalling exactly 100%
     * @return the parts, in the order of the shares, not null
     * @throws dev.kefu.core.validation.PolicyInputException if the shares are not valid
     */
    public List<Money> allocate(List<Share> shares) {
        Violations v = Violations.create();
        if (!v.requireNonNull(shares, "shares", RULE)) {
            v.throwIfAny();
        }
        if (shares.isEmpty()) {
            v.add("shares", "money.shares.empty", RULE);
        }
        for (int i = 0; i < shares.size(); i++) {
            v.requireNonNull(shares.get(i), "shares[" + i + "]", RULE);
        }
        v.throwIfAny();
        BigDecimal total = Share.totalPercent(shares);
        if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
            v.add("shares", "money.shares.total", RULE, total.toPlainString()).throwIfAny();
        }

        int n = shares.size();
        int scale = 0;
        for (Share s : shares) {
            scale = Math.max(scale, Math.max(0, s.percent().scale()));
        }
        // exact part i = totalFen * percent_i / 100 = totalFen * unscaled_i / (100 * 10^scale)
        BigInteger fen = amount.unscaledValue().abs();
        BigInteger denominator = HUNDRED.multiply(BigInteger.TEN.pow(scale));
        BigInteger[] floor = new BigInteger[n];
        BigInteger[] remainder = new BigInteger[n];
        BigInteger assigned = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger numerator = fen.multiply(shares.get(i).percent().setScale(scale).unscaledValue());
            BigInteger[] qr = numerator.divideAndRemainder(denominator);
            floor[i] = qr[0];
            remainder[i] = qr[1];
            assigned = assigned.add(qr[0]);
        }
        int leftover = fen.subtract(assigned).intValueExact(); // < n: each remainder is below one fen
        if (leftover > 0) {
            List<Integer> order = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainder[i]).reversed()
                    .thenComparing(Comparator.naturalOrder()));
            for (int k = 0; k < leftover; k++) {
                int i = order.get(k);
                floor[i] = floor[i].add(BigInteger.ONE);
            }
        }
        List<Money> parts = new ArrayList<>(n);
        boolean negative = amount.signum() < 0;
        for (int i = 0; i < n; i++) {
            BigInteger part = negative ? floor[i].negate() : floor[i];
            parts.add(new Money(new BigDecimal(part, SCALE)));
        }
        return Collections.unmodifiableList(parts);
    }

    /**
     * The sum of amounts.
     *
     * @param amounts  the amounts, not null
     * @return the total, zero if there are none
     */
    public static Money sum(Iterable<Money> amounts) {
        Violations.nonNull(amounts, "amounts", RULE);
        BigDecimal total = ZERO.amount;
        int i = 0;
        Violations v = Violations.create();
        for (Money m : amounts) {
            if (v.requireNonNull(m, "amounts[" + i + "]", RULE)) {
                total = total.add(m.amount);
            }
            i++;
        }
        v.throwIfAny();
        return new Money(total);
    }

    /**
     * Compares amounts.
     *
     * @throws dev.kefu.core.validation.PolicyInputException if other is null
     */
    @Override
    public int compareTo(Money other) {
        Violations.nonNull(other, "other", RULE);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money && ((Money) o).amount.equals(amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** The amount without currency, such as {@code 1234.50}. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    /** The amount with its currency, such as {@code CNY 1234.50}. */
    @Override
    public String toString() {
        return CURRENCY + " " + amount.toPlainString();
    }
}
