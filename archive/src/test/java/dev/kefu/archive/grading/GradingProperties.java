package dev.kefu.archive.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class GradingProperties {

    private static int rank(Grade g) {
        return g.code().charAt(0) - 'A';
    }

    private static List<CustomerSales> population(List<Long> sales) {
        List<CustomerSales> out = new ArrayList<>();
        for (int i = 0; i < sales.size(); i++) {
            out.add(CustomerSales.of(CustomerId.of("c" + i), Money.ofFen(sales.get(i))));
        }
        return out;
    }

    @Property
    @Label("ARC-5 ABC grading is monotonic: a customer with more sales never gets a lower grade")
    void abc_monotonic(@ForAll @Size(min = 1, max = 60) List<@LongRange(min = 0, max = 10_000_000) Long> sales) {
        GradeBook book = Grading.abc(dev.kefu.core.money.Share.ofPercent(80), dev.kefu.core.money.Share.ofPercent(95)).grade(population(sales));
        for (int i = 0; i < sales.size(); i++) {
            for (int j = 0; j < sales.size(); j++) {
                if (sales.get(i) > sales.get(j)) {
                    assertThat(rank(book.gradeOf(CustomerId.of("c" + i)).orElseThrow()))
                            .isLessThanOrEqualTo(rank(book.gradeOf(CustomerId.of("c" + j)).orElseThrow()));
                }
                if (sales.get(i).equals(sales.get(j))) {
                    assertThat(book.gradeOf(CustomerId.of("c" + i))).isEqualTo(book.gradeOf(CustomerId.of("c" + j)));
                }
            }
        }
    }

    @Property
    @Label("ARC-5 ABC grades do not depend on the order of the input")
    void abc_order_independent(@ForAll @Size(min = 1, max = 60) List<@LongRange(min = 0, max = 10_000_000) Long> sales,
                               @ForAll long seed) {
        List<CustomerSales> pop = population(sales);
        GradeBook one = Grading.abc(dev.kefu.core.money.Share.ofPercent(80), dev.kefu.core.money.Share.ofPercent(95)).grade(pop);
        List<CustomerSales> shuffled = new ArrayList<>(pop);
        Collections.shuffle(shuffled, new Random(seed));
        GradeBook two = Grading.abc(dev.kefu.core.money.Share.ofPercent(80), dev.kefu.core.money.Share.ofPercent(95)).grade(shuffled);
        for (CustomerSales c : pop) {
            assertThat(two.gradeOf(c.customerId())).isEqualTo(one.gradeOf(c.customerId()));
        }
    }

    @Property
    @Label("ARC-5 ABC: the A customers hold at least the A cut-off of sales, unless all are A")
    void abc_a_holds_cut_off(@ForAll @Size(min = 1, max = 60) List<@LongRange(min = 1, max = 10_000_000) Long> sales) {
        GradeBook book = Grading.abc(dev.kefu.core.money.Share.ofPercent(80), dev.kefu.core.money.Share.ofPercent(95)).grade(population(sales));
        long total = sales.stream().mapToLong(Long::longValue).sum();
        long a = 0;
        for (int i = 0; i < sales.size(); i++) {
            if (book.gradeOf(CustomerId.of("c" + i)).orElseThrow().code().equals("A")) {
                a += sales.get(i);
            }
        }
        assertThat(a * 100).isGreaterThanOrEqualTo(80 * total);
    }

    @Property
    @Label("ARC-5 RFM scores do not depend on the order of the purchases")
    void rfm_order_independent(@ForAll @Size(min = 1, max = 80) List<@LongRange(min = 0, max = 400) Long> days,
                               @ForAll long seed) {
        List<Purchase> rows = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            rows.add(new Purchase(CustomerId.of("c" + (i % 13)), LocalDate.of(2025, 1, 1).plusDays(days.get(i)),
                    Money.yuan(days.get(i) % 7 + 1)));
        }
        LocalDate asOf = LocalDate.of(2025, 12, 31);
        GradeBook one = Grading.rfm(asOf, ExampleSegments::segment).grade(rows);
        List<Purchase> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));
        GradeBook two = Grading.rfm(asOf, ExampleSegments::segment).grade(shuffled);
        one.entries().forEach(e -> assertThat(two.decisionFor(e.getKey())).isEqualTo(one.decisionFor(e.getKey())));
    }
}
