package dev.kefu.archive.grading;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The company's table from grade to management consequences (ARC-5). The regulation sets no
 * table, so every grade a strategy can produce must be configured; asking about a grade that
 * is not is refused.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class GradeManagement {

    private final Map<Grade, GradeConsequences> table;

    private GradeManagement(Map<Grade, GradeConsequences> table) {
        this.table = Collections.unmodifiableMap(new LinkedHashMap<>(table));
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The consequences of a grade for channel, sales and receivables management.
     *
     * @param grade  the grade, not null
     * @return the decision, citing ARC-5
     * @throws dev.kefu.core.validation.PolicyInputException if the grade is not configured
     */
    public Decision<GradeConsequences> consequencesOf(Grade grade) {
        Violations v = Violations.create();
        if (v.requireNonNull(grade, "grade", Grading.ARC_5) && !table.containsKey(grade)) {
            v.add("grade", ArchiveMessages.BUNDLE, "grading.unknownGrade", Grading.ARC_5, grade, table.keySet());
        }
        v.throwIfAny();
        GradeConsequences c = table.get(grade);
        return Decision.of(c, Reason.of(Grading.ARC_5, ArchiveMessages.BUNDLE, "grading.consequences",
                grade, c.channel(), c.sales(), c.receivables()));
    }

    /** The configured grades, in the order given. */
    public java.util.Set<Grade> grades() {
        return table.keySet();
    }

    /** Builds the table; at least one grade is required. */
    public static final class Builder {

        private final Map<Grade, GradeConsequences> table = new LinkedHashMap<>();
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * Sets a grade's consequences.
         *
         * @param grade  the grade, not null
         * @param consequences  its consequences, not null
         * @return this builder
         */
        public Builder grade(Grade grade, GradeConsequences consequences) {
            if (problems.requireNonNull(grade, "grade", Grading.ARC_5)
                    & problems.requireNonNull(consequences, "consequences", Grading.ARC_5)) {
                if (table.put(grade, consequences) != null) {
                    problems.add("grade", ArchiveMessages.BUNDLE, "grading.threshold.repeat", Grading.ARC_5);
                }
            }
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table, not null
         * @throws dev.kefu.core.validation.PolicyInputException if no grade was set, or a grade
         *     was null or set twice
         */
        public GradeManagement build() {
            Violations v = Violations.create().addAll(problems.list());
            if (table.isEmpty()) {
                v.add("grades", ArchiveMessages.BUNDLE, "grading.noGrades", Grading.ARC_5);
            }
            v.throwIfAny();
            return new GradeManagement(table);
        }
    }
}
