package dev.kefu.archive.grading;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * RFM grading (ARC-5), computed as of an explicit date: purchases after that date are
 * ignored, and recency is counted in days up to it — never up to "the latest date in the
 * data", so the same purchases graded as of the same day always give the same answer.
 *
 * <p>Scores: for each of recency (days since the last purchase, fewer is better), frequency
 * (number of purchases) and monetary value (total amount), a customer scores
 * {@code 1 + floor(5 × w / n)}, where n is the number of customers and w the number of
 * customers with a strictly worse value. Equal values therefore always get equal scores,
 * whatever the order of the rows (the usual {@code qcut}-by-row-number approach gives tied
 * customers different scores depending on row order), and the best customer of n &ge; 5
 * distinct values scores 5. A customer with no purchase on or before the date is not graded.
 *
 * <p>Implementation Requirements: immutable and thread-safe if the segmentation is.
 */
final class RfmGrading implements GradingStrategy<Purchase> {

    private final LocalDate asOf;
    private final Function<RfmScore, Grade> segmentation;

    RfmGrading(LocalDate asOf, Function<RfmScore, Grade> segmentation) {
        Violations v = Violations.create();
        v.requireNonNull(asOf, "asOf", Grading.ARC_5);
        v.requireNonNull(segmentation, "segmentation", Grading.ARC_5);
        v.throwIfAny();
        this.asOf = asOf;
        this.segmentation = segmentation;
    }

    @Override
    public GradeBook grade(List<? extends Purchase> input) {
        Violations v = Violations.create();
        if (!v.requireNonNull(input, "purchases", Grading.ARC_5)) {
            v.throwIfAny();
        }
        long asOfDay = asOf.toEpochDay();
        Map<CustomerId, Integer> index = new HashMap<>();
        int capacity = 16;
        CustomerId[] ids = new CustomerId[capacity];
        long[] last = new long[capacity];
        long[] frequency = new long[capacity];
        long[] monetary = new long[capacity];
        int n = 0;
        for (int i = 0; i < input.size(); i++) {
            Purchase p = input.get(i);
            if (p == null) {
                v.add("purchases[" + i + "]", "required", Grading.ARC_5);
                continue;
            }
            long day = p.date().toEpochDay();
            if (day > asOfDay) {
                continue;
            }
            Integer k = index.get(p.customerId());
            if (k == null) {
                if (n == capacity) {
                    capacity *= 2;
                    ids = Arrays.copyOf(ids, capacity);
                    last = Arrays.copyOf(last, capacity);
                    frequency = Arrays.copyOf(frequency, capacity);
                    monetary = Arrays.copyOf(monetary, capacity);
                }
                k = n++;
                index.put(p.customerId(), k);
                ids[k] = p.customerId();
                last[k] = Long.MIN_VALUE;
            }
            last[k] = Math.max(last[k], day);
            frequency[k]++;
            long fen = p.amount().toFen();
            if (monetary[k] > Long.MAX_VALUE - fen) {
                Violations.create().add("purchases", dev.kefu.archive.ArchiveMessages.BUNDLE, "amount.totalTooLarge", Grading.ARC_5)
                        .throwIfAny();
            }
            monetary[k] += fen;
        }
        v.throwIfAny();
        ids = Arrays.copyOf(ids, n);
        long[] recencyDays = new long[n];
        for (int k = 0; k < n; k++) {
            recencyDays[k] = asOfDay - last[k];
        }
        long[] f = Arrays.copyOf(frequency, n);
        long[] m = Arrays.copyOf(monetary, n);
        long[] sortedR = sorted(recencyDays);
        long[] sortedF = sorted(f);
        long[] sortedM = sorted(m);
        RfmScore[] scores = new RfmScore[n];
        Grade[] grades = new Grade[n];
        for (int k = 0; k < n; k++) {
            int worseR = n - upperBound(sortedR, recencyDays[k]); // more days since last purchase is worse
            int worseF = lowerBound(sortedF, f[k]);
            int worseM = lowerBound(sortedM, m[k]);
            scores[k] = new RfmScore(score(worseR, n), score(worseF, n), score(worseM, n));
            grades[k] = segmentation.apply(scores[k]);
            if (grades[k] == null) {
                Violations.create().add("segmentation", ArchiveMessages.BUNDLE, "grading.rfm.noSegment", Grading.ARC_5,
                        scores[k]).throwIfAny();
            }
        }
        return new GradeBook(ids, grades, IdIndex.of(ids, i -> { }), k -> Decision.of(grades[k], Reason.of(Grading.ARC_5,
                ArchiveMessages.BUNDLE, "grading.rfm", asOf, recencyDays[k], f[k], Money.ofFen(m[k]), scores[k], grades[k])));
    }

    static int score(int worse, int n) {
        return 1 + (int) (5L * worse / n);
    }

    private static long[] sorted(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s;
    }

    private static int lowerBound(long[] a, long value) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(long[] a, long value) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return "RfmGrading[as of " + asOf + "]";
    }
}
