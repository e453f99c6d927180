package dev.kefu.gas.hall;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.DeskRole;
import dev.kefu.gas.GasRules;
import java.time.Instant;

/**
 * A superior's answer to a shift-change application (MTR-16) or an on-the-day request (MTR-17).
 *
 * @param by  who answered
 * @param role  their role
 * @param at  when
 * @param answer  approved or refused
 */
public record Approval(EmployeeId by, DeskRole role, Instant at, Answer answer) {

    /** The answer. */
    public enum Answer {
        /** 批準 / 同意. */
        APPROVED,
        /** Refused. */
        REFUSED
    }

    /** @throws dev.kefu.core.validation.PolicyInputException naming every null part */
    public Approval {
        Violations v = Violations.create();
        v.requireNonNull(by, "by", GasRules.MTR_16);
        v.requireNonNull(role, "role", GasRules.MTR_16);
        v.requireNonNull(at, "at", GasRules.MTR_16);
        v.requireNonNull(answer, "answer", GasRules.MTR_16);
        v.throwIfAny();
    }

    /** An approval. */
    public static Approval approved(EmployeeId by, DeskRole role, Instant at) {
        return new Approval(by, role, at, Answer.APPROVED);
    }

    /** A refusal. */
    public static Approval refused(EmployeeId by, DeskRole role, Instant at) {
        return new Approval(by, role, at, Answer.REFUSED);
    }
}
