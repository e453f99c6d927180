package dev.kefu.archive.grading;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Grading by thresholds on a measure (ARC-5): a customer gets the grade of the highest tier
 * whose minimum its measure reaches, or the bottom grade. Made by {@link Grading#thresholds()}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ThresholdGrading implements GradingStrategy<CustomerSales> {

    private final Grade[] tierGrades;
    private final long[] tierMinimumFen;
    private final Grade bottom;

    private ThresholdGrading(List<Grade> grades, List<Money> minimums, Grade bottom) {
        this.tierGrades = grades.toArray(new Grade[0]);
        this.tierMinimumFen = minimums.stream().mapToLong(Money::toFen).toArray();
        this.bottom = bottom;
    }

    /**
     * Grades one customer.
     *
     * @param customer  the customer and its measure, not null
     * @return the decision, with the measure and the threshold that decided
     */
    public Decision<Grade> grade(CustomerSales customer) {
        if (customer == null) {
            Violations.create().add("customer", "required", Grading.ARC_5).throwIfAny();
        }
        int tier = tierOf(customer.sales().toFen());
        return explain(customer.sales(), tier);
    }

    private static boolean fitsInFen(Money m) {
        try {
            m.toFen();
            return true;
        } catch (ArithmeticException | IllegalArgumentException e) {
            return false;
        }
    }

    private int tierOf(long fen) {
        for (int t = 0; t < tierGrades.length; t++) {
            if (fen >= tierMinimumFen[t]) {
                return t;
            }
        }
        return -1;
    }

    private Decision<Grade> explain(Money sales, int tier) {
        if (tier < 0) {
            return Decision.of(bottom, Reason.of(Grading.ARC_5, ArchiveMessages.BUNDLE, "grading.threshold.bottom",
                    sales, Money.ofFen(tierMinimumFen[tierMinimumFen.length - 1]), bottom));
        }
        return Decision.of(tierGrades[tier], Reason.of(Grading.ARC_5, ArchiveMessages.BUNDLE, "grading.threshold.tier",
                sales, Money.ofFen(tierMinimumFen[tier]), tierGrades[tier]));
    }

    @Override
    public GradeBook grade(List<? extends CustomerSales> input) {
        SalesColumns columns = SalesColumns.read(input);
        long[] fen = columns.fen;
        Grade[] grades = new Grade[fen.length];
        for (int i = 0; i < fen.length; i++) {
            int tier = tierOf(fen[i]);
            grades[i] = tier < 0 ? bottom : tierGrades[tier];
        }
        return new GradeBook(columns.ids, grades, GradeBook.index(columns.ids, Grading.ARC_5),
                i -> explain(Money.ofFen(fen[i]), tierOf(fen[i])));
    }

    /**
     * Builds threshold grading. Tiers and the bottom grade are required: the regulation leaves
     * the grade standards to the company.
     */
    public static final class Builder {

        private final List<Grade> grades = new ArrayList<>();
        private final List<Money> minimums = new ArrayList<>();
        private Grade bottom;

        Builder() {
        }

        /**
         * Adds a tier: customers whose measure reaches the minimum get the grade, unless a
         * higher tier applies.
         *
         * @param grade  the tier's grade, not null
         * @param minimum  the smallest measure in the tier, not negative, not null
         * @return this builder
         */
        public Builder tier(Grade grade, Money minimum) {
            grades.add(grade);
            minimums.add(minimum);
            return this;
        }

        /**
         * Sets the grade of customers below every tier.
         *
         * @param grade  the bottom grade, not null
         * @return this builder
         */
        public Builder otherwise(Grade grade) {
            this.bottom = grade;
            return this;
        }

        /**
         * Builds the strategy.
         *
         * @return the strategy, not null
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing or
         *     malformed setting: no tier, no bottom grade, a null or negative minimum, a
         *     grade or a minimum used twice
         */
        public ThresholdGrading build() {
            Violations v = Violations.create();
            if (grades.isEmpty()) {
                v.add("tiers", ArchiveMessages.BUNDLE, "grading.threshold.noTiers", Grading.ARC_5);
            }
            v.requireNonNull(bottom, "otherwise", Grading.ARC_5);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < grades.size(); i++) {
                boolean ok = v.requireNonNull(grades.get(i), "tiers[" + i + "].grade", Grading.ARC_5);
                if (v.requireNonNull(minimums.get(i), "tiers[" + i + "].minimum", Grading.ARC_5)) {
                    if (minimums.get(i).isNegative()) {
                        v.add("tiers[" + i + "].minimum", "notNegative", Grading.ARC_5);
                        ok = false;
                    } else if (!fitsInFen(minimums.get(i))) {
                        v.add("tiers[" + i + "].minimum", ArchiveMessages.BUNDLE, "amount.tooLarge", Grading.ARC_5);
                        ok = false;
                    }
                } else {
                    ok = false;
                }
                if (ok) {
                    order.add(i);
                }
            }
            for (int i = 0; i < order.size(); i++) {
                if (grades.get(order.get(i)).equals(bottom)) {
                    v.add("tiers[" + order.get(i) + "].grade", ArchiveMessages.BUNDLE, "grading.threshold.repeat", Grading.ARC_5);
                }
                for (int j = 0; j < i; j++) {
                    int a = order.get(i);
                    int b = order.get(j);
                    if (grades.get(a).equals(grades.get(b))) {
                        v.add("tiers[" + a + "].grade", ArchiveMessages.BUNDLE, "grading.threshold.repeat", Grading.ARC_5);
                    }
                    if (minimums.get(a).equals(minimums.get(b))) {
                        v.add("tiers[" + a + "].minimum", ArchiveMessages.BUNDLE, "grading.threshold.repeat", Grading.ARC_5);
                    }
                }
            }
            v.throwIfAny();
            order.sort(Comparator.comparing((Integer i) -> minimums.get(i)).reversed());
            List<Grade> g = new ArrayList<>();
            List<Money> m = new ArrayList<>();
            for (int i : order) {
                g.add(grades.get(i));
                m.add(minimums.get(i));
            }
            return new ThresholdGrading(g, m, bottom);
        }
    }
}
