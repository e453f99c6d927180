package dev.kefu.complaints.workflow;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of a complaint, rebuilt from its timeline.
 *
 * @param state  where it stands
 * @param paused  whether its clocks are paused (waiting on the customer)
 * @param handlingRounds  how many times handling started: 1, plus one per rejected reply or unsatisfied callback (CMP-5)
 * @param lastEventAt  the time of the last event
 * @param satisfiedAt  when the customer was last satisfied, if ever
 */
public record WorkflowState(ComplaintState state, boolean paused, int handlingRounds, Instant lastEventAt,
                            Optional<Instant> satisfiedAt) {
}
