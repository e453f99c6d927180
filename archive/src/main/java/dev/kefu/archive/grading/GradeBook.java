package dev.kefu.archive.grading;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.Violations;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The grades of a graded population (ARC-5): compact arrays for a million customers, with the
 * decision for one customer — its grade, the rule IDs and the figures used — built on demand.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class GradeBook {

    private final CustomerId[] ids;
    private final Grade[] grades;
    private final IdIndex index;
    private final IntFunction<Decision<Grade>> explain;

    GradeBook(CustomerId[] ids, Grade[] grades, IdIndex index, IntFunction<Decision<Grade>> explain) {
        this.ids = ids;
        this.grades = grades;
        this.index = index;
        this.explain = explain;
    }

    /**
     * Indexes customer ids, refusing repeats.
     *
     * @throws dev.kefu.core.validation.PolicyInputException naming the repeated entries
     */
    static IdIndex index(CustomerId[] ids, RuleId rule) {
        Violations v = Violations.create();
        IdIndex index = IdIndex.of(ids, i -> v.add("customers[" + i + "].customerId", ArchiveMessages.BUNDLE, "grading.duplicate", rule));
        v.throwIfAny();
        return index;
    }

    /** The number of customers graded. */
    public int size() {
        return ids.length;
    }

    /** The grade of a customer, empty if it was not in the population. */
    public Optional<Grade> gradeOf(CustomerId customerId) {
        requireId(customerId);
        int i = index.indexOf(customerId);
        return i < 0 ? Optional.empty() : Optional.of(grades[i]);
    }

    /**
     * The decision for one customer: its grade, the rules applied and the figures used.
     *
     * @param customerId  the customer, not null
     * @return the decision
     * @throws dev.kefu.core.validation.PolicyInputException if the customer was not graded
     */
    public Decision<Grade> decisionFor(CustomerId customerId) {
        requireId(customerId);
        int i = index.indexOf(customerId);
        if (i < 0) {
            Violations.create().add("customerId", ArchiveMessages.BUNDLE, "grading.notGraded", RuleId.of("ARC-5")).throwIfAny();
        }
        return explain.apply(i);
    }

    /** How many customers got each grade, sorted by grade. */
    public Map<Grade, Long> counts() {
        Map<Grade, Long> counts = new TreeMap<>();
        for (Grade g : grades) {
            counts.merge(g, 1L, Long::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Every customer with its grade, in input order. */
    public Stream<Map.Entry<CustomerId, Grade>> entries() {
        return IntStream.range(0, ids.length).mapToObj(i -> Map.entry(ids[i], grades[i]));
    }

    private static void requireId(CustomerId customerId) {
        Violations v = Violations.create();
        v.requireNonNull(customerId, "customerId", RuleId.of("ARC-5"));
        v.throwIfAny();
    }
}
