package dev.kefu.archive.composition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.archive.grading.Grade;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.ProductId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class CompositionProperties {

    private static List<SalesLine> lines(List<Long> amounts, int groups) {
        List<SalesLine> out = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            out.add(SalesLine.of(CustomerId.of("c" + i), Grade.of("G" + i % groups), ProductId.of("p" + (i * 7) % groups),
                    "R" + (i * 3) % groups, Money.ofFen(amounts.get(i)), amounts.get(i) % 100));
        }
        return out;
    }

    private static void totals100(Map<?, GroupShare> m) {
        if (m.values().stream().anyMatch(g -> g.total() > 0)) {
            assertThat(Share.totalOneHundred(m.values().stream().map(GroupShare::share).toList())).isTrue();
        }
    }

    @Property
    @Label("ARC-6 composition shares total exactly 100% in every composition")
    void shares_total_100(@ForAll @Size(min = 1, max = 200) List<@LongRange(min = 0, max = 1_000_000_000L) Long> amounts,
                          @ForAll @IntRange(min = 1, max = 9) int groups) {
        Composition c = lines(amounts, groups).stream().collect(CompositionAnalysis.collector());
        totals100(c.salesByGrade());
        totals100(c.volumeByProduct());
        totals100(c.salesByRegion());
        assertThat(c.salesByGrade().values().stream().mapToLong(GroupShare::total).sum())
                .isEqualTo(c.totalSales().toFen());
    }
}
