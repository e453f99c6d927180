package dev.kefu.archive.grading;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * ABC (Pareto) grading by cumulative share of sales (ARC-5). Customers are ranked by sales;
 * a customer is <b>A</b> while the customers ranked strictly above it hold less than the A
 * cut-off (default 80%) of total sales, <b>B</b> while they hold less than the B cut-off
 * (default 95%), and <b>C</b> otherwise. So the customer that crosses 80% is still A.
 *
 * <p>Ties: customers with equal sales always get the same grade, because only customers with
 * strictly more sales count as ranked above. The grades therefore do not depend on the
 * order of the input, and a customer with more sales never gets a lower grade. When nobody
 * has sales, everybody is C.
 *
 * <p>Cost: one sort of the sales (O(n log n)) and linear passes over primitive arrays.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
final class AbcGrading implements GradingStrategy<CustomerSales> {

    static final Grade A = Grade.of("A");
    static final Grade B = Grade.of("B");
    static final Grade C = Grade.of("C");
    private static final long UNITS = 1_000_000L; // 100% in ten-thousandths of a percent

    private final Share aCutOff;
    private final Share bCutOff;
    private final long aUnits;
    private final long bUnits;

    AbcGrading(Share aCutOff, Share bCutOff) {
        Violations v = Violations.create();
        boolean ok = v.requireNonNull(aCutOff, "aCutOff", Grading.ARC_5) & v.requireNonNull(bCutOff, "bCutOff", Grading.ARC_5);
        if (ok && aCutOff.isZero()) {
            v.add("aCutOff", "positive", Grading.ARC_5);
        }
        if (ok && bCutOff.compareTo(aCutOff) < 0) {
            v.add("bCutOff", ArchiveMessages.BUNDLE, "grading.abc.order", Grading.ARC_5);
        }
        v.throwIfAny();
        this.aCutOff = aCutOff;
        this.bCutOff = bCutOff;
        this.aUnits = aCutOff.percent().movePointRight(Share.MAX_SCALE).longValueExact();
        this.bUnits = bCutOff.percent().movePointRight(Share.MAX_SCALE).longValueExact();
    }

    @Override
    public GradeBook grade(List<? extends CustomerSales> input) {
        SalesColumns columns = SalesColumns.read(input);
        CustomerId[] ids = columns.ids;
        long[] fen = columns.fen;
        long total = columns.total;
        int n = fen.length;

        long[] ascending = fen.clone();
        Arrays.sort(ascending);
        // walk from the largest sales down; 'above' = sales of customers strictly above the current group
        long aFrom = Long.MAX_VALUE;
        long bFrom = Long.MAX_VALUE;
        long above = 0;
        int i = n - 1;
        while (i >= 0) {
            long value = ascending[i];
            boolean inB = shareBelow(above, bUnits, total);
            if (!inB) {
                break;
            }
            bFrom = value;
            if (shareBelow(above, aUnits, total)) {
                aFrom = value;
            }
            while (i >= 0 && ascending[i] == value) {
                above += value;
                i--;
            }
        }
        Grade[] grades = new Grade[n];
        for (int k = 0; k < n; k++) {
            grades[k] = fen[k] >= aFrom ? A : fen[k] >= bFrom ? B : C;
        }
        long[] prefix = new long[n + 1];
        for (int k = 0; k < n; k++) {
            prefix[k + 1] = prefix[k] + ascending[k];
        }
        final long sum = total;
        return new GradeBook(ids, grades, GradeBook.index(ids, Grading.ARC_5),
                k -> explain(fen[k], grades[k], sum - prefix[upperBound(ascending, fen[k])], sum));
    }

    /** Whether above / total &lt; units / 1,000,000, exactly (128-bit products). */
    static boolean shareBelow(long above, long units, long total) {
        // above * UNITS < units * total
        long hi1 = Math.multiplyHigh(above, UNITS);
        long lo1 = above * UNITS;
        long hi2 = Math.multiplyHigh(units, total);
        long lo2 = units * total;
        return hi1 < hi2 || (hi1 == hi2 && Long.compareUnsigned(lo1, lo2) < 0);
    }

    private static int upperBound(long[] ascending, long value) {
        int lo = 0;
        int hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Decision<Grade> explain(long fen, Grade grade, long above, long total) {
        String shareAbove = total == 0 ? "0" : BigDecimal.valueOf(above).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_EVEN).toPlainString();
        return Decision.of(grade, Reason.of(Grading.ARC_5, ArchiveMessages.BUNDLE, "grading.abc",
                Money.ofFen(fen), shareAbove + "%", Money.ofFen(total), aCutOff, bCutOff, grade));
    }

    @Override
    public String toString() {
        return "AbcGrading[A < " + aCutOff + ", B < " + bCutOff + "]";
    }
}
