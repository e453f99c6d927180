package dev.kefu.appraisal.scoring;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.core.validation.Violations;
import java.util.Map;
import java.util.TreeMap;

/**
 * A host-configured ladder of measures for unqualified staff (APR-4): from the n-th consecutive
 * unqualified month, a measure. The seed lists the three measures without an order or a count of
 * months, so the library ships no ladder; without one, each case's measure is the manager's.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class UnqualifiedLadder {

    private final TreeMap<Long, Outcome> steps;

    private UnqualifiedLadder(TreeMap<Long, Outcome> steps) {
        this.steps = steps;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The measure for a run of consecutive unqualified months, this one included (at least 1). */
    public Outcome measureFor(long consecutiveMonths) {
        Map.Entry<Long, Outcome> e = steps.floorEntry(consecutiveMonths);
        return e == null ? Outcome.MEASURE_CHOSEN_BY_MANAGER : e.getValue();
    }

    @Override
    public String toString() {
        return "UnqualifiedLadder" + steps;
    }

    /** Builds a ladder; {@link #build()} names every problem at once. */
    public static final class Builder {
        private final TreeMap<Long, Outcome> steps = new TreeMap<>();
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * From the given consecutive unqualified month on, the given measure.
         *
         * @param month  the first consecutive month of this step, at least 1
         * @param measure  an admonishing talk, retraining with a make-up test, or a transfer
         * @return this builder
         */
        public Builder fromMonth(int month, Outcome measure) {
            if (month < 1) {
                problems.add("fromMonth", "positive", AppraisalRules.APR_4);
            }
            if (measure == null || !measure.isUnqualifiedMeasure()) {
                problems.add("measure", AppraisalMessages.BUNDLE, "scoring.ladderMeasure", AppraisalRules.APR_4);
            }
            if (steps.containsKey((long) month)) {
                problems.add("fromMonth", AppraisalMessages.BUNDLE, "scoring.ladderRepeat", AppraisalRules.APR_4, month);
            }
            steps.put((long) month, measure);
            return this;
        }

        /**
         * Builds the ladder.
         *
         * @return the ladder
         * @throws dev.kefu.core.validation.PolicyInputException naming every problem; the first
         *     step must start at month 1
         */
        public UnqualifiedLadder build() {
            Violations v = Violations.create().addAll(problems.list());
            if (steps.isEmpty() || steps.firstKey() != 1L) {
                v.add("fromMonth", AppraisalMessages.BUNDLE, "scoring.ladderStart", AppraisalRules.APR_4);
            }
            v.throwIfAny();
            return new UnqualifiedLadder(new TreeMap<>(steps));
        }
    }
}
