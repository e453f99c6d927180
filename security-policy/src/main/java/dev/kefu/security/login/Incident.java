package dev.kefu.security.login;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.AccountId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;

/**
 * Something the login-log review (or another detector) found.
 *
 * @param kind  what
 * @param at  the time of the event that raised it
 * @param account  the account concerned (for spraying, the last account tried)
 * @param source  the source address
 * @param count  the count behind it (failures, accounts, ports), 1 for single events, not negative
 */
public record Incident(IncidentKind kind, Instant at, AccountId account, String source, int count) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every missing field and a negative count */
    public Incident {
        if (kind == null || at == null || account == null || source == null || count < 0) { // checked without allocating: a record is made per event
            Violations v = Violations.create(); // a record is made per event: the rule below is a constant
            RuleId rule = Rules.SEC_8;
            v.requireNonNull(kind, "incident.kind", rule);
            v.requireNonNull(at, "incident.at", rule);
            v.requireNonNull(account, "incident.account", rule);
            v.requireNonNull(source, "incident.source", rule);
            if (count < 0) {
                v.add("incident.count", "notNegative", rule);
            }
            v.throwIfAny();
        }
    }

    /** Rule constants, built once (a record's compact constructor runs per event). */
    static final class Rules {
        static final RuleId SEC_8 = RuleId.of("SEC-8");

        private Rules() {
        }
    }
}
