package dev.kefu.archive.composition;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.grading.Grade;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.ProductId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * Composition analysis (客户构成分析, ARC-6) over a stream of sales lines: sales share by
 * customer grade, product share by volume, sales share by region.
 * <pre>{@code
 * Decision<Composition> d = CompositionAnalysis.analyse(salesLines.stream());
 * Composition c = salesLines.stream().collect(CompositionAnalysis.collector());   // no decision
 * }</pre>
 *
 * <p>The analysis streams: it keeps one running total per grade, product and region, so its
 * memory is bounded by the number of groups, not of lines; amounts are summed in fen as
 * {@code long}s. Shares are exact: they are computed once at the end by the largest-remainder
 * method to four decimal places of a percent and always total 100%. The collector is
 * concurrent-safe for parallel streams (partial results are merged).
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class CompositionAnalysis {

    static final RuleId ARC_6 = RuleId.of("ARC-6");

    private CompositionAnalysis() {
    }

    /** The collector behind {@link #analyse(Stream)}. */
    public static Collector<SalesLine, ?, Composition> collector() {
        return new CompositionCollector();
    }

    /**
     * Analyses a stream of sales lines.
     *
     * @param lines  the lines, not null, no null elements
     * @return the decision, citing ARC-6, whose outcome is the composition
     * @throws dev.kefu.core.validation.PolicyInputException if the stream or a line is null
     */
    public static Decision<Composition> analyse(Stream<SalesLine> lines) {
        Violations v = Violations.create();
        if (!v.requireNonNull(lines, "lines", ARC_6)) {
            v.throwIfAny();
        }
        Composition c = lines.collect(collector());
        return Decision.of(c,
                Reason.of(ARC_6, ArchiveMessages.BUNDLE, "composition.grade", c.lines(), c.totalSales(), describe(c.salesByGrade(), true)),
                Reason.of(ARC_6, ArchiveMessages.BUNDLE, "composition.product", c.totalQuantity(), describe(c.volumeByProduct(), false)),
                Reason.of(ARC_6, ArchiveMessages.BUNDLE, "composition.region", describe(c.salesByRegion(), true)));
    }

    private static String describe(Map<?, GroupShare> groups, boolean money) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<?, GroupShare> e : groups.entrySet()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append(' ').append(e.getValue().share());
        }
        return sb.toString();
    }

    private static long plus(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            Violations.create().add("lines", ArchiveMessages.BUNDLE, "amount.totalTooLarge", ARC_6).throwIfAny();
            throw e;
        }
    }

    /** Running totals per group. */
    static final class Totals {
        final Map<Grade, long[]> byGrade = new HashMap<>();
        final Map<ProductId, long[]> byProduct = new HashMap<>();
        final Map<String, long[]> byRegion = new HashMap<>();
        long lines;
        long fen;
        long quantity;

        void add(SalesLine line) {
            if (line == null) {
                Violations.create().add("lines[" + lines + "]", "required", ARC_6).throwIfAny();
            }
            long amount = line.amountFen();
            add(byGrade, line.grade(), amount);
            add(byProduct, line.product(), line.quantity());
            add(byRegion, line.region(), amount);
            lines++;
            fen = plus(fen, amount);
            quantity = plus(quantity, line.quantity());
        }

        private static <K> void add(Map<K, long[]> map, K key, long value) {
            long[] cell = map.get(key);
            if (cell == null) {
                map.put(key, new long[] {value});
            } else {
                cell[0] = plus(cell[0], value);
            }
        }

        Totals merge(Totals other) {
            other.byGrade.forEach((k, c) -> add(byGrade, k, c[0]));
            other.byProduct.forEach((k, c) -> add(byProduct, k, c[0]));
            other.byRegion.forEach((k, c) -> add(byRegion, k, c[0]));
            lines += other.lines;
            fen = plus(fen, other.fen);
            quantity = plus(quantity, other.quantity);
            return this;
        }

        Composition finish() {
            return new Composition(lines, Money.ofFen(fen), quantity, shares(byGrade), shares(byProduct), shares(byRegion));
        }

        private static <K extends Comparable<? super K>> Map<K, GroupShare> shares(Map<K, long[]> totals) {
            TreeMap<K, long[]> sorted = new TreeMap<>(totals);
            long[] weights = new long[sorted.size()];
            int i = 0;
            long sum = 0;
            for (long[] c : sorted.values()) {
                weights[i++] = c[0];
                sum += c[0];
            }
            List<Share> shares = sum == 0 ? null : Share.proportional(weights);
            Map<K, GroupShare> out = new LinkedHashMap<>();
            i = 0;
            for (Map.Entry<K, long[]> e : sorted.entrySet()) {
                out.put(e.getKey(), new GroupShare(e.getValue()[0], shares == null ? Share.ZERO : shares.get(i)));
                i++;
            }
            return Collections.unmodifiableMap(out);
        }
    }

    private static final class CompositionCollector implements Collector<SalesLine, Totals, Composition> {

        @Override
        public Supplier<Totals> supplier() {
            return Totals::new;
        }

        @Override
        public BiConsumer<Totals, SalesLine> accumulator() {
            return Totals::add;
        }

        @Override
        public BinaryOperator<Totals> combiner() {
            return Totals::merge;
        }

        @Override
        public Function<Totals, Composition> finisher() {
            return Totals::finish;
        }

        @Override
        public Set<Characteristics> characteristics() {
            return Set.of(Characteristics.UNORDERED);
        }
    }
}
