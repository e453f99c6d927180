package dev.kefu.archive.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.archive.grading.Grade;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.ProductId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.PolicyInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CompositionTest {

    static SalesLine line(String customer, String grade, String product, String region, String amount, long qty) {
        return SalesLine.of(CustomerId.of(customer), Grade.of(grade), ProductId.of(product), region, Money.of(amount), qty);
    }

    @Test
    @DisplayName("ARC-6 sales share by grade, product share by volume, sales share by region")
    void three_compositions() {
        Decision<Composition> d = CompositionAnalysis.analyse(Stream.of(
                line("c1", "A", "p1", "East", "600.00", 10),
                line("c2", "B", "p2", "North", "300.00", 30),
                line("c1", "A", "p2", "East", "0.00", 20),
                line("c3", "C", "p1", "North", "100.00", 40)));
        Composition c = d.outcome();
        assertThat(c.lines()).isEqualTo(4);
        assertThat(c.totalSales()).isEqualTo(Money.yuan(1000));
        assertThat(c.totalQuantity()).isEqualTo(100);
        assertThat(c.salesByGrade().get(Grade.of("A"))).isEqualTo(new GroupShare(60_000, Share.ofPercent(60)));
        assertThat(c.salesByGrade().get(Grade.of("C")).share()).isEqualTo(Share.ofPercent(10));
        assertThat(c.volumeByProduct().get(ProductId.of("p1"))).isEqualTo(new GroupShare(50, Share.ofPercent(50)));
        assertThat(c.salesByRegion().get("North")).isEqualTo(new GroupShare(40_000, Share.ofPercent(40)));
        assertThat(c.salesByGrade().keySet()).containsExactly(Grade.of("A"), Grade.of("B"), Grade.of("C"));
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("ARC-6");
        assertThat(d.explain(Locale.ENGLISH)).contains("4 sales lines, total 1000.00 yuan; share of sales by grade: A 60%, B 30%, C 10%")
                .contains("share of volume by product: p1 50%, p2 50%").contains("share of sales by region: East 60%, North 40%");
    }

    @Test
    @DisplayName("ARC-6 thirds are exact: shares total 100% by the largest remainder")
    void thirds_exact() {
        Composition c = Stream.of(line("a", "A", "p", "R1", "1.00", 1), line("b", "B", "p", "R2", "1.00", 1),
                line("c", "C", "p", "R3", "1.00", 1)).collect(CompositionAnalysis.collector());
        assertThat(c.salesByRegion().values()).extracting(GroupShare::share)
                .containsExactly(Share.ofPercent("33.3334"), Share.ofPercent("33.3333"), Share.ofPercent("33.3333"));
    }

    @Test
    @DisplayName("ARC-6 no sales: every share is 0%, never a division by zero")
    void empty() {
        Composition none = CompositionAnalysis.analyse(Stream.empty()).outcome();
        assertThat(none.lines()).isZero();
        assertThat(none.salesByGrade()).isEmpty();
        Composition zero = Stream.of(line("a", "A", "p", "R", "0", 0)).collect(CompositionAnalysis.collector());
        assertThat(zero.salesByGrade().get(Grade.of("A")).share()).isEqualTo(Share.ZERO);
        assertThat(zero.volumeByProduct().get(ProductId.of("p")).share()).isEqualTo(Share.ZERO);
    }

    @Test
    @DisplayName("ARC-6 a parallel stream gives the same composition as a sequential one")
    void parallel() {
        List<SalesLine> lines = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            lines.add(line("c" + i % 97, "G" + i % 5, "p" + i % 13, "R" + i % 7, (i % 1000) + ".01", i % 11));
        }
        assertThat(lines.parallelStream().collect(CompositionAnalysis.collector()))
                .isEqualTo(lines.stream().collect(CompositionAnalysis.collector()));
    }

    @Test
    @DisplayName("ARC-6 bad lines are refused, naming each field")
    void bad_lines() {
        assertThatThrownBy(() -> SalesLine.of(null, null, null, " ", Money.yuan(-1), -1))
                .isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(6));
        assertThatThrownBy(() -> CompositionAnalysis.analyse(null)).hasMessageContaining("lines");
        assertThatThrownBy(() -> CompositionAnalysis.analyse(Stream.of(line("a", "A", "p", "R", "1", 1), null)))
                .hasMessageContaining("lines[1]");
        SalesLine l = line("a", "A", "p", "R", "1", 1);
        assertThat(l).isEqualTo(line("a", "A", "p", "R", "1.00", 1)).hasSameHashCodeAs(line("a", "A", "p", "R", "1.00", 1))
                .isNotEqualTo(line("a", "A", "p", "R", "1", 2)).isNotEqualTo("x");
        assertThat(l.toString()).contains("CNY 1.00");
        assertThat(l.customerId()).isEqualTo(CustomerId.of("a"));
    }
}
