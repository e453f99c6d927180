package dev.kefu.security.duties;

/** Where a step with a deadline stands (SEC-11 leak containment and reporting, SEC-13 vulnerability fixes). */
public enum StepState {
    /** Done by the deadline. */
    DONE_IN_TIME,
    /** Done, but after the deadline. */
    DONE_LATE,
    /** Not done yet; the deadline has not passed. */
    PENDING,
    /** Not done, and the deadline has passed. */
    OVERDUE;

    static StepState of(java.util.Optional<java.time.Instant> doneAt, java.time.Instant due, java.time.Instant now) {
        java.util.Optional<java.time.Instant> seen = doneAt.filter(t -> !t.isAfter(now));
        if (seen.isPresent()) {
            return seen.get().isAfter(due) ? DONE_LATE : DONE_IN_TIME;
        }
        return now.isAfter(due) ? OVERDUE : PENDING;
    }
}
