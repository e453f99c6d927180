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
        Violations v = Violations.create();
        v.requireNonNull(reviews, "reviews", SEC_2);
        v.requireNonNull(now, "now", SEC_2);
        v.throwIfAny();
        Instant latest = reviews.stream().filter(t -> !t.isAfter(now)).max(Instant::compareTo).orElse(null);
        boolean ok = latest != null && !latest.isBefore(now.minus(PERIOD));
        return Decision.of(ok, ok ? Reason.of(SEC_2, SecurityMessages.BUNDLE, "weekly.ok", latest)
                : Reason.of(SEC_2, SecurityMessages.BUNDLE, "weekly.overdue", latest == null ? "-" : latest.toString()));
    }
}
