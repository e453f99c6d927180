package dev.kefu.orders.packing;

/** The outcome of the line-by-line check (ORD-12). */
public enum LineVerdict {
    /** Every line matches, is sound (or exchanged) and ticked: the goods may leave. */
    ALL_CLEAR,
    /** A line does not match or is not ticked; no line is defective. */
    DISCREPANCY,
    /** A line has a quality problem: it is exchanged and the goods do not leave the warehouse. */
    PROBLEM_GOODS
}
