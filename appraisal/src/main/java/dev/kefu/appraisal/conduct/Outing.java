package dev.kefu.appraisal.conduct;

import dev.kefu.core.id.EmployeeId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One time an agent was away from the office area (APR-15), found from desk-presence events.
 *
 * @param employee  the agent
 * @param left  when the agent left
 * @param returned  when the agent came back; empty if not back by the end of the period
 * @param away  the time away within the period
 */
public record Outing(EmployeeId employee, Instant left, Optional<Instant> returned, Duration away) {
}
