package dev.kefu.security.rotation;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a network or system administrator leaves the post, the successor supervises a
 * password change <b>within 1 hour</b> (SEC-5).
 *
 * @param leftPostAt  when the administrator left the post
 * @param successor  the successor who must supervise the change
 * @param changedAt  when the password was changed, if it was
 * @param supervisedBy  who supervised the change, if anyone
 */
public record AdministratorHandover(Instant leftPostAt, EmployeeId successor, Optional<Instant> changedAt,
                                    Optional<EmployeeId> supervisedBy) {

    static final RuleId SEC_5 = RuleId.of("SEC-5");

    /** The regulation's limit: 1 hour. */
    public static final Duration LIMIT = Duration.ofHours(1);

    /** The states of a handover. */
    public enum State {
        /** Changed in time under the successor's supervision. */
        MET,
        /** Not changed in time, or not under the successor's supervision. */
        OVERDUE,
        /** Not changed yet, and the hour has not run out. */
        NOT_YET_DUE
    }

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing field */
    public AdministratorHandover {
        Violations v = Violations.create();
        v.requireNonNull(leftPostAt, "leftPostAt", SEC_5);
        v.requireNonNull(successor, "successor", SEC_5);
        v.requireNonNull(changedAt, "changedAt", SEC_5);
        v.requireNonNull(supervisedBy, "supervisedBy", SEC_5);
        v.throwIfAny();
    }

    /**
     * The state at an instant.
     *
     * @param now  the instant asked about, not null
     * @return the decision
     */
    public Decision<State> status(Instant now) {
        if (now == null) {
            Violations.create().add("now", "required", SEC_5).throwIfAny();
        }
        Instant due = leftPostAt.plus(LIMIT);
        boolean changedInTime = changedAt.isPresent() && !changedAt.get().isAfter(due) && !changedAt.get().isAfter(now);
        boolean supervised = supervisedBy.map(successor::equals).orElse(false);
        State s;
        String key;
        if (changedInTime && supervised) {
            s = State.MET;
            key = "handover.met";
        } else if (changedInTime) {
            s = State.OVERDUE;
            key = "handover.unsupervised";
        } else if (now.isAfter(due)) {
            s = State.OVERDUE;
            key = "handover.overdue";
        } else {
            s = State.NOT_YET_DUE;
            key = "handover.notYetDue";
        }
        return Decision.of(s, Reason.of(SEC_5, SecurityMessages.BUNDLE, key, successor, due));
    }
}
