package dev.kefu.security.machineroom;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;

/**
 * The disposal of storage media or confidential papers (SEC-9: shredded, never thrown away).
 *
 * @param at  when
 * @param item  what was disposed of, as the host's log names it (never personal data)
 * @param by  who disposed of it
 * @param method  how
 */
public record MediaDisposal(Instant at, String item, EmployeeId by, Method method) {

    /** How media were disposed of. */
    public enum Method {
        /** Shredded or physically destroyed (粉碎). */
        SHREDDED,
        /** Thrown away whole (随意丢弃). */
        THROWN_AWAY,
        /** Anything else. */
        OTHER
    }

    /** @throws dev.kefu.core.validation.PolicyInputException naming every missing field */
    public MediaDisposal {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("SEC-9");
        v.requireNonNull(at, "disposal.at", rule);
        v.requireNonNull(item, "disposal.item", rule);
        v.requireNonNull(by, "disposal.by", rule);
        v.requireNonNull(method, "disposal.method", rule);
        v.throwIfAny();
    }
}
