package dev.kefu.complaints.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One target of one complaint at one instant.
 *
 * @param target  the target
 * @param status  where it stands
 * @param due  the due instant, with paused time added; while paused, as if resumed now
 * @param elapsed  working time used, paused time excluded
 * @param remaining  working time left before the due instant, zero once due
 * @param breachedAt  the instant the target was breached, if it was
 * @param metAt  the instant the target was met, if it was
 */
public record SlaReport(SlaTarget target, SlaStatus status, Optional<Instant> due, Duration elapsed, Duration remaining,
                        Optional<Instant> breachedAt, Optional<Instant> metAt) {

    static SlaReport notApplicable(SlaTarget target) {
        return new SlaReport(target, SlaStatus.NOT_APPLICABLE, Optional.empty(), Duration.ZERO, Duration.ZERO,
                Optional.empty(), Optional.empty());
    }
}
