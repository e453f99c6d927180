package dev.kefu.gas.reconciliation;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The billing system's payments of one business day (收費系統報表, MTR-15): who collected each
 * payment, when, and how much. Held in three primitive arrays (collector index, epoch second,
 * amount in fen), so reconciling a day of a hundred thousand payments allocates nothing per
 * payment.
 *
 * <pre>{@code
 * PaymentLog.Builder b = PaymentLog.builder(LocalDate.of(2026, 11, 24));
 * Collector wang = b.collector(EmployeeId.of("clerk-wang"));
 * b.add(wang, Instant.parse("2026-11-24T01:15:00Z"), Money.of("86.40"));
 * PaymentLog log = b.build();
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe once built.
 */
public final class PaymentLog {

    private final LocalDate businessDay;
    private final List<EmployeeId> collectors;
    private final int[] collector;
    private final long[] atSecond;
    private final long[] fen;

    private PaymentLog(LocalDate businessDay, List<EmployeeId> collectors, int[] collector, long[] atSecond, long[] fen) {
        this.businessDay = businessDay;
        this.collectors = collectors;
        this.collector = collector;
        this.atSecond = atSecond;
        this.fen = fen;
    }

    /**
     * Starts a log.
     *
     * @param businessDay  the business day, not null
     * @return the builder
     */
    public static Builder builder(LocalDate businessDay) {
        return new Builder(businessDay);
    }

    /** The business day. */
    public LocalDate businessDay() {
        return businessDay;
    }

    /** The collectors, in the order first named. */
    public List<EmployeeId> collectors() {
        return collectors;
    }

    /** The number of payments. */
    public int size() {
        return fen.length;
    }

    /** The total of all payments. */
    public Money total() {
        long sum = 0;
        for (long f : fen) {
            sum += f;
        }
        return Money.ofFen(sum);
    }

    int[] collectorColumn() {
        return collector;
    }

    long[] atColumn() {
        return atSecond;
    }

    long[] fenColumn() {
        return fen;
    }

    /** Builds a log; adding never throws, {@link #build()} reports every problem. */
    public static final class Builder {
        /** The largest total the log accepts, so that every sum fits in a long of fen. */
        private static final long MAX_FEN = Long.MAX_VALUE / 4;

        private final LocalDate businessDay;
        private final Map<EmployeeId, Collector> byEmployee = new HashMap<>();
        private final List<EmployeeId> collectors = new ArrayList<>();
        private int[] collector = new int[1024];
        private long[] atSecond = new long[1024];
        private long[] fen = new long[1024];
        private int size;
        private long total;
        private final Violations problems = Violations.create();
        private int badRows;

        private Builder(LocalDate businessDay) {
            this.businessDay = businessDay;
        }

        /**
         * The handle of a collector, created on first use.
         *
         * @param employee  the collector, not null
         * @return the handle; null only for a null employee, which {@link #build()} reports
         */
        public Collector collector(EmployeeId employee) {
            if (employee == null) {
                problems.add("collector", "required", GasRules.MTR_15);
                return null;
            }
            return byEmployee.computeIfAbsent(employee, e -> {
                collectors.add(e);
                return new Collector(e, collectors.size() - 1, this);
            });
        }

        /**
         * Reserves room for a number of payments.
         *
         * @param payments  the number expected
         * @return this
         */
        public Builder expect(int payments) {
            if (payments > fen.length) {
                grow(payments);
            }
            return this;
        }

        /**
         * Adds a payment.
         *
         * @param by  who collected it, a handle of this builder, not null
         * @param at  when, not null
         * @param amount  the amount, above zero, not null
         * @return this
         */
        public Builder add(Collector by, Instant at, Money amount) {
            if (at == null || amount == null) {
                bad("payments[" + size + "]", "input.required");
                return this;
            }
            long f;
            try {
                f = amount.toFen();
            } catch (ArithmeticException e) {
                bad("payments[" + size + "].amount", "reconciliation.amountRange");
                return this;
            }
            return addFen(by, at.getEpochSecond(), f);
        }

        /**
         * Adds a payment in primitive form, for hosts that read the billing system's report
         * column by column.
         *
         * @param by  who collected it, a handle of this builder, not null
         * @param atEpochSecond  when, in seconds since the epoch
         * @param amountFen  the amount in fen, above zero
         * @return this
         */
        public Builder addFen(Collector by, long atEpochSecond, long amountFen) {
            if (by == null || by.owner() != this) {
                bad("payments[" + size + "].collector", "reconciliation.foreignCollector");
                return this;
            }
            if (amountFen <= 0 || amountFen > MAX_FEN - total) {
                bad("payments[" + size + "].amount", "reconciliation.amountRange");
                return this;
            }
            if (size == fen.length) {
                grow(size * 2);
            }
            collector[size] = by.index();
            atSecond[size] = atEpochSecond;
            fen[size] = amountFen;
            total += amountFen;
            size++;
            return this;
        }

        private void bad(String path, String key) {
            badRows++;
            if (badRows <= 10) {
                problems.add(path, GasMessages.BUNDLE, key, GasRules.MTR_15);
            }
        }

        private void grow(int capacity) {
            collector = Arrays.copyOf(collector, capacity);
            atSecond = Arrays.copyOf(atSecond, capacity);
            fen = Arrays.copyOf(fen, capacity);
        }

        /**
         * Builds the log.
         *
         * @return the log
         * @throws dev.kefu.core.validation.PolicyInputException naming every problem (the first
         *     ten bad payments and how many there were)
         */
        public PaymentLog build() {
            Violations v = Violations.create().addAll(problems.list());
            v.requireNonNull(businessDay, "businessDay", GasRules.MTR_15);
            if (badRows > 10) {
                v.add("payments", GasMessages.BUNDLE, "reconciliation.moreBadRows", GasRules.MTR_15, badRows);
            }
            v.throwIfAny();
            return new PaymentLog(businessDay, List.copyOf(collectors), Arrays.copyOf(collector, size),
                    Arrays.copyOf(atSecond, size), Arrays.copyOf(fen, size));
        }
    }
}
