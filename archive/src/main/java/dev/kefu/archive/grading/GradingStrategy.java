package dev.kefu.archive.grading;

import java.util.List;

/**
 * Assigns grades to customers by the company's grade standards (ARC-5). Built-ins are made by
 * {@link Grading}: thresholds on a measure, ABC/Pareto by cumulative share of sales, and RFM;
 * a host plugs in its own by implementing this interface.
 *
 * <p>Implementations must be immutable and thread-safe, refuse malformed input with
 * {@link dev.kefu.core.validation.PolicyInputException}, and give the same grades whatever the
 * order of the input.
 *
 * @param <I> the input per customer or per transaction
 */
public interface GradingStrategy<I> {

    /**
     * Grades a population.
     *
     * @param input  the input, not null; each customer at most once where the input is per customer
     * @return the grades, with a decision per customer
     */
    GradeBook grade(List<? extends I> input);
}
