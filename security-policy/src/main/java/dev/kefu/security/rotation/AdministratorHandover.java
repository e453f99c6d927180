package dev.kefu.security.rotation;

import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * SEC-5 [amended 2026-11-24]: when a network (internal-platform) administrator or a system
 * administrator leaves the post (调离岗位), the post passwords are changed <b>after</b> the
 * departure and <b>within 1 hour</b> of it — elapsed time (CORE-CAL-4: security clocks run in
 * elapsed time, nights and holidays included, {@link Periods#elapsedDeadline}) — supervised and
 * checked by the successor (接任人员). A change made before the departure does not satisfy the
 * rule, nor one supervised by anyone else.
 *
 * <p>Per "Definitions and precedence" (Security): the <b>post passwords</b> are the shared and
 * privileged credentials the departing person knew; {@code changedAt} is when the last of them
 * was changed. The person's own account is not changed but removed at departure (SEC-4,
 * {@code AccountHygiene}). If no successor has taken over, the host names an acting holder
 * ({@link Supervision#ACTING_HOLDER}) who supervises, and the decision says so. A change made
 * under SEC-5 restarts SEC-3's 15-day period: pass {@code changedAt} to
 * {@link RotationPolicy#status} as the last change.
 *
 * @param leftPostAt  when the administrator left the post
 * @param successor  who must supervise: the successor, or the acting holder the host names
 * @param changedAt  when the post passwords were changed, if they were
 * @param supervisedBy  who supervised the change, if anyone
 * @param supervision  whether {@code successor} is the successor or an acting holder
 */
public record AdministratorHandover(Instant leftPostAt, EmployeeId successor, Optional<Instant> changedAt,
                                    Optional<EmployeeId> supervisedBy, Supervision supervision) {

    static final RuleId SEC_5 = RuleId.of("SEC-5");

    /** The regulation's limit: 1 hour, elapsed. */
    public static final Duration LIMIT = Duration.ofHours(1);

    /** Who supervises. */
    public enum Supervision {
        /** The successor (接任人员), as the regulation says. */
        SUCCESSOR,
        /** No successor has taken over: the acting holder the host names. */
        ACTING_HOLDER
    }

    /** The states of a handover. */
    public enum State {
        /** Changed after the departure, within the hour, under the right supervision. */
        MET,
        /** Not changed in time, changed before the departure, or not under the right supervision. */
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
        v.requireNonNull(supervision, "supervision", SEC_5);
        v.throwIfAny();
    }

    /**
     * A handover supervised by the successor.
     *
     * @param leftPostAt  when the administrator left the post
     * @param successor  the successor
     * @param changedAt  when the post passwords were changed, if they were
     * @param supervisedBy  who supervised, if anyone
     */
    public AdministratorHandover(Instant leftPostAt, EmployeeId successor, Optional<Instant> changedAt, Optional<EmployeeId> supervisedBy) {
        this(leftPostAt, successor, changedAt, supervisedBy, Supervision.SUCCESSOR);
    }

    /**
     * A handover with no successor yet: the acting holder the host names supervises.
     *
     * @param leftPostAt  when the administrator left the post
     * @param actingHolder  the acting holder
     * @param changedAt  when the post passwords were changed, if they were
     * @param supervisedBy  who supervised, if anyone
     * @return the handover
     */
    public static AdministratorHandover withActingHolder(Instant leftPostAt, EmployeeId actingHolder, Optional<Instant> changedAt,
                                                         Optional<EmployeeId> supervisedBy) {
        return new AdministratorHandover(leftPostAt, actingHolder, changedAt, supervisedBy, Supervision.ACTING_HOLDER);
    }

    /**
     * The state at an instant, times explained in Asia/Shanghai.
     *
     * @param now  the instant asked about, not null
     * @return the decision
     */
    public Decision<State> status(Instant now) {
        return status(now, SecurityMessages.SHANGHAI);
    }

    /**
     * The state at an instant.
     *
     * @param now  the instant asked about, not null
     * @param zone  the zone in which the explanation shows times, not null
     * @return the decision
     */
    public Decision<State> status(Instant now, ZoneId zone) {
        Violations v = Violations.create();
        v.requireNonNull(now, "now", SEC_5);
        v.requireNonNull(zone, "zone", SEC_5);
        v.throwIfAny();
        Instant due = Periods.elapsedDeadline(leftPostAt, LIMIT);
        Optional<Instant> seen = changedAt.filter(t -> !t.isAfter(now));
        boolean early = seen.map(t -> t.isBefore(leftPostAt)).orElse(false);
        boolean changedInTime = seen.isPresent() && !early && !seen.get().isAfter(due);
        boolean supervised = supervisedBy.map(successor::equals).orElse(false);
        State s;
        String key;
        if (changedInTime && supervised) {
            s = State.MET;
            key = "handover.met";
        } else if (changedInTime) {
            s = State.OVERDUE;
            key = "handover.unsupervised";
        } else if (early && !now.isAfter(due)) {
            s = State.NOT_YET_DUE;
            key = "handover.early";
        } else if (now.isAfter(due)) {
            s = State.OVERDUE;
            key = early ? "handover.earlyOverdue" : "handover.overdue";
        } else {
            s = State.NOT_YET_DUE;
            key = "handover.notYetDue";
        }
        return Decision.of(s, Reason.of(SEC_5, SecurityMessages.BUNDLE, key, successor.value(), SecurityMessages.time(due, zone),
                SecurityMessages.ordinal(supervision), SecurityMessages.time(leftPostAt, zone)));
    }
}
