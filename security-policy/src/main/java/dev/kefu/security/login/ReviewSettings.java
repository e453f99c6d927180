package dev.kefu.security.login;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.Duration;

/**
 * Thresholds of the login-log review (SEC-7).
 *
 * @param window  how far back failures count
 * @param failuresPerAccount  failures on one account within the window that make guessing
 * @param accountsPerSource  accounts failed from one source within the window that make spraying
 * @param burstBeforeSuccess  failures just before a success that make it suspicious
 */
public record ReviewSettings(Duration window, int failuresPerAccount, int accountsPerSource, int burstBeforeSuccess) {

    /** Defaults: 10 minutes; 5 failures; 10 accounts; 3 failures. */
    public static final ReviewSettings DEFAULTS = new ReviewSettings(Duration.ofMinutes(10), 5, 10, 3);

    /** @throws dev.kefu.core.validation.PolicyInputException listing every bad threshold */
    public ReviewSettings {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("SEC-7");
        if (window == null || window.isZero() || window.isNegative()) {
            v.add("window", "positive", rule);
        }
        if (failuresPerAccount < 2) {
            v.add("failuresPerAccount", "positive", rule);
        }
        if (accountsPerSource < 2) {
            v.add("accountsPerSource", "positive", rule);
        }
        if (burstBeforeSuccess < 1) {
            v.add("burstBeforeSuccess", "positive", rule);
        }
        v.throwIfAny();
    }
}
