package dev.kefu.security.login;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;

/**
 * One connection attempt from a firewall or network log, for the port-scan detector (SEC-7:
 * 不准扫描端口).
 *
 * @param at  when
 * @param source  the source address
 * @param host  the target host
 * @param port  the target port, 0 to 65535
 */
public record ConnectionAttempt(Instant at, String source, String host, int port) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every missing field and a bad port */
    public ConnectionAttempt {
        if (at == null || source == null || host == null || port < 0 || port > 65_535) { // checked without allocating: a record is made per event
            Violations v = Violations.create(); // a record is made per event: the rule below is a constant
            RuleId rule = Rules.SEC_7;
            v.requireNonNull(at, "attempt.at", rule);
            v.requireNonNull(source, "attempt.source", rule);
            v.requireNonNull(host, "attempt.host", rule);
            if (port < 0 || port > 65_535) {
                v.add("attempt.port", dev.kefu.security.SecurityMessages.BUNDLE, "review.port", rule);
            }
            v.throwIfAny();
        }
    }

    /** Rule constants, built once (a record's compact constructor runs per event). */
    static final class Rules {
        static final RuleId SEC_7 = RuleId.of("SEC-7");

        private Rules() {
        }
    }
}
