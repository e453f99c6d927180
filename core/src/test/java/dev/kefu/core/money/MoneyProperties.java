package dev.kefu.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class MoneyProperties {

    /** Shares totalling exactly 100%, built as cuts of 1,000,000 ten-thousandths of a percent. */
    @Provide
    Arbitrary<List<Share>> shares() {
        return Arbitraries.integers().between(1, 8).flatMap(n ->
                Arbitraries.integers().between(0, 1_000_000).list().ofSize(n - 1).map(cuts -> {
                    List<Integer> points = new ArrayList<>(cuts);
                    points.add(0);
                    points.add(1_000_000);
                    points.sort(null);
                    List<Share> out = new ArrayList<>();
                    for (int i = 1; i < points.size(); i++) {
                        out.add(Share.ofPercent(BigDecimal.valueOf(points.get(i) - points.get(i - 1), 4)));
                    }
                    return out;
                }));
    }

    @Provide
    Arbitrary<Money> amounts() {
        return Combinators.combine(Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L), Arbitraries.of(true, false))
                .as((fen, small) -> Money.ofFen(small ? fen % 1000 : fen));
    }

    @Property
    @Label("CORE-MONEY-1 allocated parts always sum to the whole, to the fen")
    void parts_sum_to_whole(@ForAll("amounts") Money amount, @ForAll("shares") List<Share> shares) {
        assertThat(Share.totalOneHundred(shares)).isTrue();
        List<Money> parts = amount.allocate(shares);
        assertThat(parts).hasSameSizeAs(shares);
        assertThat(Money.sum(parts)).isEqualTo(amount);
    }

    @Property
    @Label("CORE-MONEY-1 each part is within one fen of its exact share")
    void each_part_within_a_fen(@ForAll("amounts") Money amount, @ForAll("shares") List<Share> shares) {
        List<Money> parts = amount.allocate(shares);
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal exact = amount.amount().multiply(shares.get(i).fraction(), MathContext.UNLIMITED);
            assertThat(parts.get(i).amount().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
        }
    }

    @Property
    @Label("CORE-MONEY-1 allocation is deterministic and a larger share never gets less")
    void larger_share_never_less(@ForAll @LongRange(min = 0, max = 100_000_000) long fen, @ForAll("shares") List<Share> shares) {
        Money amount = Money.ofFen(fen);
        List<Money> parts = amount.allocate(shares);
        assertThat(amount.allocate(shares)).isEqualTo(parts);
        for (int i = 0; i < shares.size(); i++) {
            for (int j = 0; j < shares.size(); j++) {
                if (shares.get(i).compareTo(shares.get(j)) > 0) {
                    assertThat(parts.get(i)).isGreaterThanOrEqualTo(parts.get(j));
                }
            }
        }
    }

    @Property
    @Label("ARC-6 proportional shares total exactly 100% and each is within 0.0001% of its exact proportion")
    void proportional_shares_total_100(@ForAll("weights") List<Long> weights) {
        net.jqwik.api.Assume.that(weights.stream().mapToLong(Long::longValue).sum() > 0);
        long[] w = weights.stream().mapToLong(Long::longValue).toArray();
        List<Share> shares = Share.proportional(w);
        assertThat(Share.totalOneHundred(shares)).isTrue();
        long total = weights.stream().mapToLong(Long::longValue).sum();
        for (int i = 0; i < w.length; i++) {
            BigDecimal exact = BigDecimal.valueOf(w[i]).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(total), MathContext.DECIMAL128);
            assertThat(shares.get(i).percent().subtract(exact).abs()).isLessThan(new BigDecimal("0.0001"));
        }
    }

    @Provide
    Arbitrary<List<Long>> weights() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 1000), Arbitraries.longs().between(0, Long.MAX_VALUE / 64))
                .list().ofMinSize(1).ofMaxSize(12);
    }
}
