package dev.kefu.complaints.sla;

import dev.kefu.core.decision.RuleId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One target of one complaint at one instant.
 *
 * @param target  the target
 * @param rule  the rule that sets the target (CMP-16, CMP-7, CMP-9 or CMP-5)
 * @param status  where it stands
 * @param due  the due instant, with paused time added; while paused, as if resumed now
 * @param elapsed  working time used, paused time excluded; never negative
 * @param remaining  working time left before the due instant, zero once due
 * @param breachedAt  the instant the target was breached, if it was
 * @param metAt  the instant the target was met, if it was
 */
public record SlaReport(SlaTarget target, RuleId rule, SlaStatus status, Optional<Instant> due, Duration elapsed,
                        Duration remaining, Optional<Instant> breachedAt, Optional<Instant> metAt) {
}
