package dev.kefu.archive.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GradingTest {

    private static CustomerSales cs(String id, long yuan) {
        return CustomerSales.of(CustomerId.of(id), Money.yuan(yuan));
    }

    private static final ThresholdGrading TIERS = Grading.thresholds()
            .tier(Grade.of("B"), Money.yuan(200_000))
            .tier(Grade.of("A"), Money.yuan(1_000_000))
            .otherwise(Grade.of("C"))
            .build();

    @Test
    @DisplayName("ARC-5 threshold grading: the highest tier reached, else the bottom grade; boundaries inclusive")
    void thresholds() {
        assertThat(TIERS.grade(cs("c", 1_000_000)).outcome()).isEqualTo(Grade.of("A"));
        assertThat(TIERS.grade(cs("c", 999_999)).outcome()).isEqualTo(Grade.of("B"));
        assertThat(TIERS.grade(cs("c", 200_000)).outcome()).isEqualTo(Grade.of("B"));
        assertThat(TIERS.grade(cs("c", 199_999)).outcome()).isEqualTo(Grade.of("C"));
        Decision<Grade> d = TIERS.grade(cs("c", 250_000));
        assertThat(d.ruleIds()).extracting(Object::toString).containsExactly("ARC-5");
        assertThat(d.explain(Locale.ENGLISH)).isEqualTo("[ARC-5] measure 250000.00 yuan reaches the tier starting at 200000.00 yuan: grade B");
        assertThat(TIERS.grade(cs("c", 5)).explain(Locale.CHINA)).contains("低于最低档");
        GradeBook book = TIERS.grade(List.of(cs("x", 2_000_000), cs("y", 300_000), cs("z", 0)));
        assertThat(book.gradeOf(CustomerId.of("x"))).contains(Grade.of("A"));
        assertThat(book.gradeOf(CustomerId.of("z"))).contains(Grade.of("C"));
        assertThat(book.gradeOf(CustomerId.of("nobody"))).isEmpty();
        assertThat(book.decisionFor(CustomerId.of("y")).explain(Locale.ENGLISH)).contains("300000.00");
        assertThat(book.counts()).containsExactly(Map.entry(Grade.of("A"), 1L), Map.entry(Grade.of("B"), 1L), Map.entry(Grade.of("C"), 1L));
        assertThat(book.size()).isEqualTo(3);
        assertThat(book.entries()).hasSize(3);
    }

    @Test
    @DisplayName("ARC-5 threshold tiers are company configuration: none is invented, and bad ones are refused")
    void thresholds_need_configuration() {
        PolicyInputException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyInputException.class,
                () -> Grading.thresholds().build());
        assertThat(e.violations()).extracting(Violation::path).containsExactly("tiers", "otherwise");
        assertThatThrownBy(() -> Grading.thresholds().tier(Grade.of("A"), Money.yuan(-1)).otherwise(Grade.of("C")).build())
                .hasMessageContaining("tiers[0].minimum");
        assertThatThrownBy(() -> Grading.thresholds().tier(Grade.of("A"), Money.yuan(5)).tier(Grade.of("A"), Money.yuan(9))
                .otherwise(Grade.of("C")).build()).hasMessageContaining("tiers[1].grade");
        assertThatThrownBy(() -> Grading.thresholds().tier(Grade.of("A"), Money.yuan(5)).tier(Grade.of("B"), Money.yuan(5))
                .otherwise(Grade.of("C")).build()).hasMessageContaining("tiers[1].minimum");
        assertThatThrownBy(() -> Grading.thresholds().tier(Grade.of("C"), Money.yuan(5)).otherwise(Grade.of("C")).build())
                .hasMessageContaining("tiers[0].grade");
        assertThatThrownBy(() -> Grading.thresholds().tier(null, null).otherwise(Grade.of("C")).build())
                .hasMessageContaining("tiers[0].grade").hasMessageContaining("tiers[0].minimum");
    }

    @Test
    @DisplayName("ARC-5 bad grading input is refused: negative sales, repeated customers, nulls")
    void bad_input() {
        assertThatThrownBy(() -> cs("x", -1)).isInstanceOf(PolicyInputException.class).hasMessageContaining("sales");
        assertThatThrownBy(() -> Grading.abc(dev.kefu.core.money.Share.ofPercent(80), dev.kefu.core.money.Share.ofPercent(95)).grade(List.of(cs("x", 1), cs("x", 2))))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("customers[1].customerId");
        List<CustomerSales> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> Grading.abc(dev.kefu.core.money.Share.ofPercent(80), dev.kefu.core.money.Share.ofPercent(95)).grade(withNull)).hasMessageContaining("customers[0]");
        assertThatThrownBy(() -> TIERS.grade(withNull)).hasMessageContaining("customers[0]");
        assertThatThrownBy(() -> TIERS.grade((CustomerSales) null)).hasMessageContaining("customer");
        assertThatThrownBy(() -> Grading.abc(dev.kefu.core.money.Share.ofPercent(80), dev.kefu.core.money.Share.ofPercent(95)).grade(null)).hasMessageContaining("customers");
        assertThatThrownBy(() -> Grade.of(" ")).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> TIERS.grade(List.of(cs("x", 1))).decisionFor(CustomerId.of("y")))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("customerId");
    }

    @Test
    @DisplayName("ARC-5 ABC grading: A until the customers above hold 80%, B until 95%, C after")
    void abc() {
        // total 1000: 500 (0% above) A, 300 (50% above) A, 100 (80% above) B, 60 (90% above) B, 40 (96% above) C
        GradeBook book = Grading.abc(dev.kefu.core.money.Share.ofPercent(80), dev.kefu.core.money.Share.ofPercent(95)).grade(List.of(cs("e", 40), cs("a", 500), cs("c", 100), cs("b", 300), cs("d", 60)));
        assertThat(book.gradeOf(CustomerId.of("a"))).contains(Grade.of("A"));
        assertThat(book.gradeOf(CustomerId.of("b"))).contains(Grade.of("A"));
        assertThat(book.gradeOf(CustomerId.of("c"))).contains(Grade.of("B"));
        assertThat(book.gradeOf(CustomerId.of("d"))).contains(Grade.of("B"));
        assertThat(book.gradeOf(CustomerId.of("e"))).contains(Grade.of("C"));
        assertThat(book.decisionFor(CustomerId.of("c")).explain(Locale.ENGLISH))
                .isEqualTo("[ARC-5] sales 100.00 yuan; customers ranked above hold 80.00% of total sales 1000.00 yuan; "
                        + "cut-offs A < 80%, B < 95%: grade B");
    }

    @Test
    @DisplayName("ARC-5 ABC grading: tied customers get the same grade; no sales at all gives C")
    void abc_ties_and_zero() {
        GradeBook tied = Grading.abc(dev.kefu.core.money.Share.ofPercent(80), dev.kefu.core.money.Share.ofPercent(95)).grade(List.of(cs("a", 100), cs("b", 100), cs("c", 100), cs("d", 100), cs("e", 100)));
        assertThat(tied.counts()).containsExactly(Map.entry(Grade.of("A"), 5L));
        GradeBook none = Grading.abc(dev.kefu.core.money.Share.ofPercent(80), dev.kefu.core.money.Share.ofPercent(95)).grade(List.of(cs("a", 0), cs("b", 0)));
        assertThat(none.counts()).containsExactly(Map.entry(Grade.of("C"), 2L));
        assertThat(none.decisionFor(CustomerId.of("a")).explain(Locale.ENGLISH)).contains("hold 0% of total sales 0.00 yuan");
        assertThat(Grading.abc(dev.kefu.core.money.Share.ofPercent(80), dev.kefu.core.money.Share.ofPercent(95)).grade(List.of()).size()).isZero();
    }

    @Test
    @DisplayName("ARC-5 ABC cut-offs are configurable and must be in order")
    void abc_cut_offs() {
        GradeBook book = Grading.abc(Share.ofPercent(50), Share.ofPercent(90))
                .grade(List.of(cs("a", 500), cs("b", 300), cs("c", 150), cs("d", 50)));
        assertThat(book.gradeOf(CustomerId.of("b"))).contains(Grade.of("B"));
        assertThat(book.gradeOf(CustomerId.of("d"))).contains(Grade.of("C"));
        assertThatThrownBy(() -> Grading.abc(Share.ofPercent(90), Share.ofPercent(80))).hasMessageContaining("bCutOff");
        assertThatThrownBy(() -> Grading.abc(Share.ZERO, Share.ofPercent(80))).hasMessageContaining("aCutOff");
        assertThatThrownBy(() -> Grading.abc(null, null)).hasMessageContaining("aCutOff").hasMessageContaining("bCutOff");
        assertThat(Grading.abc(dev.kefu.core.money.Share.ofPercent(80), dev.kefu.core.money.Share.ofPercent(95)).toString()).contains("80%").contains("95%");
    }

    @Test
    @DisplayName("ARC-5 ABC share comparison is exact even where 64-bit products overflow")
    void abc_exact_compare() {
        assertThat(AbcGrading.shareBelow(79, 800_000, 100)).isTrue();
        assertThat(AbcGrading.shareBelow(80, 800_000, 100)).isFalse();
        long big = Long.MAX_VALUE / 4;
        assertThat(AbcGrading.shareBelow(big / 10 * 8 - 1, 800_000, big / 10 * 10)).isTrue();
        assertThat(AbcGrading.shareBelow(big / 10 * 8, 800_000, big / 10 * 10)).isFalse();
    }

    private static Purchase p(String id, String date, long yuan) {
        return new Purchase(CustomerId.of(id), LocalDate.parse(date), Money.yuan(yuan));
    }

    @Test
    @DisplayName("ARC-5 RFM is computed as of an explicit date; later purchases are ignored")
    void rfm_as_of() {
        List<Purchase> purchases = List.of(
                p("a", "2025-06-28", 900), p("a", "2025-06-01", 900), p("a", "2025-05-01", 900),
                p("b", "2025-01-10", 50),
                p("c", "2025-06-20", 300), p("c", "2025-03-20", 300),
                p("d", "2025-07-15", 10_000), // after the date: ignored, d is not graded
                p("e", "2024-12-01", 20), p("f", "2025-04-01", 100));
        GradeBook book = Grading.rfm(LocalDate.of(2025, 6, 30), ExampleSegments::segment).grade(purchases);
        assertThat(book.size()).isEqualTo(5);
        assertThat(book.gradeOf(CustomerId.of("d"))).isEmpty();
        assertThat(book.gradeOf(CustomerId.of("a"))).contains(Grade.of("CHAMPIONS"));
        assertThat(book.gradeOf(CustomerId.of("e"))).contains(Grade.of("LOST"));
        assertThat(book.decisionFor(CustomerId.of("a")).explain(Locale.ENGLISH))
                .isEqualTo("[ARC-5] as of 2025-06-30: 2 days since the last purchase, 3 purchases, 2700.00 yuan; "
                        + "RFM score 5-5-5: segment CHAMPIONS");
        assertThat(book.decisionFor(CustomerId.of("e")).explain(Locale.ENGLISH)).contains("RFM score 1-1-1");
    }

    @Test
    @DisplayName("ARC-5 RFM ties get equal scores whatever the row order")
    void rfm_ties_deterministic() {
        List<Purchase> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(p("c" + i, "2025-06-01", 100));
        }
        rows.add(p("top", "2025-06-29", 1000));
        GradeBook one = Grading.rfm(LocalDate.of(2025, 6, 30), ExampleSegments::segment).grade(rows);
        Collections.reverse(rows);
        GradeBook two = Grading.rfm(LocalDate.of(2025, 6, 30), ExampleSegments::segment).grade(rows);
        for (int i = 0; i < 10; i++) {
            CustomerId id = CustomerId.of("c" + i);
            assertThat(one.decisionFor(id).explain(Locale.ENGLISH)).contains("RFM score 1-1-1")
                    .isEqualTo(two.decisionFor(id).explain(Locale.ENGLISH));
        }
        assertThat(one.decisionFor(CustomerId.of("top")).explain(Locale.ENGLISH)).contains("RFM score 5-1-5"); // one purchase, like everybody: F ties at 1
    }

    @Test
    @DisplayName("ARC-5 RFM input and segmentation are checked")
    void rfm_checks() {
        assertThatThrownBy(() -> Grading.rfm(null, null)).hasMessageContaining("asOf").hasMessageContaining("segmentation");
        assertThatThrownBy(() -> p("a", "2025-01-01", -5)).hasMessageContaining("amount");
        assertThatThrownBy(() -> new RfmScore(0, 6, 3)).hasMessageContaining("recency").hasMessageContaining("frequency");
        assertThatThrownBy(() -> Grading.rfm(LocalDate.of(2025, 1, 1), s -> null).grade(List.of(p("a", "2025-01-01", 5))))
                .hasMessageContaining("segmentation");
        List<Purchase> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> Grading.rfm(LocalDate.of(2025, 1, 1), ExampleSegments::segment).grade(withNull))
                .hasMessageContaining("purchases[0]");
        assertThat(RfmGrading.score(0, 10)).isEqualTo(1);
        assertThat(RfmGrading.score(9, 10)).isEqualTo(5);
        assertThat(RfmGrading.score(2, 10)).isEqualTo(2);
        assertThat(new RfmScore(5, 4, 3)).hasToString("5-4-3");
    }

    @Test
    @DisplayName("ARC-5 the standard RFM segmentation")
    void rfm_segments() {
        assertThat(ExampleSegments.segment(new RfmScore(4, 4, 4))).isEqualTo(Grade.of("CHAMPIONS"));
        assertThat(ExampleSegments.segment(new RfmScore(4, 4, 3))).isEqualTo(Grade.of("LOYAL"));
        assertThat(ExampleSegments.segment(new RfmScore(2, 3, 5))).isEqualTo(Grade.of("AT_RISK"));
        assertThat(ExampleSegments.segment(new RfmScore(2, 2, 5))).isEqualTo(Grade.of("LOST"));
        assertThat(ExampleSegments.segment(new RfmScore(4, 3, 1))).isEqualTo(Grade.of("PROMISING"));
        assertThat(ExampleSegments.segment(new RfmScore(3, 3, 3))).isEqualTo(Grade.of("NEEDS_ATTENTION"));
        assertThat(ExampleSegments.segment(new RfmScore(3, 2, 2))).isEqualTo(Grade.of("NEEDS_ATTENTION"));
    }

    @Test
    @DisplayName("ARC-5 each grade maps to the company's consequences for channel, sales and receivables")
    void consequences() {
        GradeManagement m = GradeManagement.builder()
                .grade(Grade.of("A"), new GradeConsequences("key-account direct service", "monthly visit", "monthly statement"))
                .grade(Grade.of("C"), new GradeConsequences("distributor", "quarterly call", "cash on delivery"))
                .build();
        Decision<GradeConsequences> d = m.consequencesOf(Grade.of("C"));
        assertThat(d.outcome().receivables()).isEqualTo("cash on delivery");
        assertThat(d.explain(Locale.CHINA)).contains("货款回收：cash on delivery");
        assertThat(m.grades()).containsExactly(Grade.of("A"), Grade.of("C"));
        assertThatThrownBy(() -> m.consequencesOf(Grade.of("B"))).isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("grade").hasMessageContaining("not configured");
        assertThatThrownBy(() -> GradeManagement.builder().build()).hasMessageContaining("grades");
        assertThatThrownBy(() -> GradeManagement.builder().grade(Grade.of("A"), new GradeConsequences("a", "b", "c"))
                .grade(Grade.of("A"), new GradeConsequences("a", "b", "c")).build()).hasMessageContaining("twice");
        assertThatThrownBy(() -> new GradeConsequences(" ", null, "")).isInstanceOf(PolicyInputException.class)
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(3));
    }
}
