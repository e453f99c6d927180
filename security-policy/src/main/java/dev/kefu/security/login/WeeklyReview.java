package dev.kefu.security.login;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Host login logs are reviewed <b>weekly</b> (SEC-2): was the log reviewed in the last 7 days?
 */
public final class WeeklyReview {

    static final RuleId SEC_2 = RuleId.of("SEC-2");
    /** The regulation's period. */
    public static final Duration PERIOD = Duration.ofDays(7);

    private WeeklyReview() {
    }

    /**
     * Checks the review history.
     *
     * @param reviews  when the log was reviewed, not null
     * @param now  the instant asked about, not null
     * @return a decision whose outcome is true when a review happened in the last 7 days
     */
    public static Decision<Boolean> check(List<Instant> reviews, Instant now) {
        return check(reviews, now, SecurityMessages.SHANGHAI);
    }

    /**
     * Checks the review history, explaining times in a zone.
     *
     * @param reviews  when the log was reviewed, not null, no nulls
     * @param now  the instant asked about, not null
     * @param zone  the zone of the explanation, not null
     * @return a decision whose outcome is true when a review happened in the last 7 days
     */
    public static Decision<Boolean> check(List<Instant> reviews, Instant now, java.time.ZoneId zone) {
        Violations v = Violations.create();
        if (dev.kefu.security.SecurityInputs.nullOrHasNull(reviews)) {
            v.add("reviews", "required", SEC_2);
        }
        v.requireNonNull(now, "now", SEC_2);
        v.requireNonNull(zone, "zone", SEC_2);
        v.throwIfAny();
        Instant latest = reviews.stream().filter(t -> !t.isAfter(now)).max(Instant::compareTo).orElse(null);
        boolean ok = latest != null && Duration.between(latest, now).compareTo(PERIOD) <= 0;
        return Decision.of(ok, ok ? Reason.of(SEC_2, SecurityMessages.BUNDLE, "weekly.ok", SecurityMessages.time(latest, zone))
                : Reason.of(SEC_2, SecurityMessages.BUNDLE, "weekly.overdue", latest == null ? "-" : SecurityMessages.time(latest, zone)));
    }
}
