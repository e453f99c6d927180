package dev.kefu.security.hosts;

import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityInputs;
import dev.kefu.security.SecurityMessages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Host rules (SEC-1, SEC-10):
 * <ul>
 *   <li>SEC-1: an unattended host is screen-locked — the lock must follow the last input within
 *       the idle limit (the regulation gives none: required setting {@code idleLimit});
 *       non-staff never operate a host (禁止非工作人员操纵系统主机) — any use of any host by a
 *       person not on the host's staff list is a finding;</li>
 *   <li>SEC-10 [amended 2026-11-24]: a computer running the billing system has no games, no chat
 *       tools and <b>no other software unrelated to work</b> — any installed software not on the
 *       host's work list (required setting {@code workSoftware}) is flagged, and software the
 *       inventory classes {@code GAME} or {@code CHAT} always is; nobody uses another person's
 *       computer (also APR-8).</li>
 * </ul>
 * Explanations show times as local {@code yyyy-MM-dd HH:mm} in the audit's zone.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class HostAudit {

    static final RuleId SEC_1 = RuleId.of("SEC-1");
    static final RuleId SEC_10 = RuleId.of("SEC-10");
    private static final Set<String> NEVER_ON_BILLING = Set.of("GAME", "CHAT");

    private final Duration idleLimit;
    private final Set<String> workSoftware;
    private final ZoneId zone;

    private HostAudit(Builder b) {
        this.idleLimit = b.idleLimit;
        this.workSoftware = b.workSoftware;
        this.zone = b.zone;
    }

    /** A builder: {@code idleLimit}, {@code workSoftware} and {@code zone} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An idle period of a host: the last input and when the screen locked (if it did).
     *
     * @param host  the host
     * @param lastInput  the last keyboard or mouse input
     * @param lockedAt  when the screen locked; null if it did not before the next input
     * @param nextInput  the next input after the idle period, not before the last input
     */
    public record IdlePeriod(String host, Instant lastInput, Instant lockedAt, Instant nextInput) {
        /** @throws dev.kefu.core.validation.PolicyInputException naming every missing field and a reversed period */
        public IdlePeriod {
            Violations v = Violations.create();
            v.requireNonNull(host, "idle.host", SEC_1);
            v.requireNonNull(lastInput, "idle.lastInput", SEC_1);
            v.requireNonNull(nextInput, "idle.nextInput", SEC_1);
            if (lastInput != null && nextInput != null && nextInput.isBefore(lastInput)) {
                v.add("idle.nextInput", SecurityMessages.BUNDLE, "hosts.reversed", SEC_1);
            }
            if (lastInput != null && lockedAt != null && lockedAt.isBefore(lastInput)) {
                v.add("idle.lockedAt", SecurityMessages.BUNDLE, "hosts.reversed", SEC_1);
            }
            v.throwIfAny();
        }
    }

    /**
     * A person operating a host (a login or console session).
     *
     * @param host  the host name
     * @param user  who
     * @param at  when
     */
    public record Use(String host, EmployeeId user, Instant at) {
        /** @throws dev.kefu.core.validation.PolicyInputException naming every missing field */
        public Use {
            Violations v = Violations.create();
            v.requireNonNull(host, "use.host", SEC_1);
            v.requireNonNull(user, "use.user", SEC_1);
            v.requireNonNull(at, "use.at", SEC_1);
            v.throwIfAny();
        }
    }

    /** What a finding is about. */
    public enum Kind {
        /** SEC-1: an unattended host was not screen-locked in time. */
        NOT_LOCKED,
        /** SEC-1: a person who is not staff operated a host. */
        NON_STAFF_OPERATION,
        /** SEC-10: software unrelated to work on a billing computer. */
        UNRELATED_SOFTWARE_ON_BILLING,
        /** SEC-10 / APR-8: another person's computer was used. */
        SHARED_COMPUTER
    }

    /**
     * A finding.
     *
     * @param rule  the rule broken
     * @param kind  what
     * @param host  the host
     * @param detail  the software name or the employee id, never other personal data
     */
    public record Finding(RuleId rule, Kind kind, String host, String detail) {
    }

    /**
     * Audits hosts.
     *
     * @param hosts  the inventory, not null, no nulls
     * @param idle  idle periods, not null, no nulls
     * @param uses  every use of a host, not null, no nulls
     * @param staff  the staff (工作人员) who may operate hosts, not null, no nulls
     * @return the decision whose outcome lists every finding
     */
    public Decision<List<Finding>> audit(List<Host> hosts, List<IdlePeriod> idle, List<Use> uses, Set<EmployeeId> staff) {
        Violations v = Violations.create();
        if (SecurityInputs.nullOrHasNull(hosts)) {
            v.add("hosts", "required", SEC_10);
        }
        if (SecurityInputs.nullOrHasNull(idle)) {
            v.add("idle", "required", SEC_1);
        }
        if (SecurityInputs.nullOrHasNull(uses)) {
            v.add("uses", "required", SEC_1);
        }
        if (SecurityInputs.nullOrHasNull(staff)) {
            v.add("staff", "required", SEC_1);
        }
        v.throwIfAny();
        List<Finding> out = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (IdlePeriod p : idle) {
            Instant deadline = Periods.elapsedDeadline(p.lastInput(), idleLimit);
            boolean lockedInTime = p.lockedAt() != null && !p.lockedAt().isAfter(deadline);
            if (!lockedInTime && p.nextInput().isAfter(deadline)) {
                out.add(new Finding(SEC_1, Kind.NOT_LOCKED, p.host(), ""));
                reasons.add(Reason.of(SEC_1, SecurityMessages.BUNDLE, "hosts.unlocked", p.host(),
                        SecurityMessages.time(p.lastInput(), zone), idleLimit.toMinutes()));
            }
        }
        Map<String, Host> byName = new HashMap<>();
        for (Host h : hosts) {
            byName.put(h.name(), h);
            if (h.billing()) {
                new java.util.TreeMap<>(h.installed()).forEach((software, category) -> {
                    if (!workSoftware.contains(software.toLowerCase(Locale.ROOT)) || NEVER_ON_BILLING.contains(category)) {
                        out.add(new Finding(SEC_10, Kind.UNRELATED_SOFTWARE_ON_BILLING, h.name(), software));
                        reasons.add(Reason.of(SEC_10, SecurityMessages.BUNDLE, "hosts.forbidden", h.name(), software));
                    }
                });
            }
        }
        Set<EmployeeId> staffSet = new HashSet<>(staff);
        for (Use u : uses) {
            if (!staffSet.contains(u.user())) {
                out.add(new Finding(SEC_1, Kind.NON_STAFF_OPERATION, u.host(), u.user().value()));
                reasons.add(Reason.of(SEC_1, SecurityMessages.BUNDLE, "hosts.nonStaff", u.host(), u.user().value(),
                        SecurityMessages.time(u.at(), zone)));
            }
            Host h = byName.get(u.host());
            if (h != null && h.owner().isPresent() && !h.owner().get().equals(u.user())) {
                out.add(new Finding(SEC_10, Kind.SHARED_COMPUTER, u.host(), u.user().value()));
                reasons.add(Reason.of(SEC_10, SecurityMessages.BUNDLE, "hosts.shared", u.host(), u.user().value()));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(SEC_10, SecurityMessages.BUNDLE, "hosts.ok", hosts.size()));
        }
        return Decision.of(List.copyOf(out), reasons);
    }

    /** Builds a host audit; {@link #build()} names every missing or bad setting. */
    public static final class Builder {
        private Duration idleLimit;
        private Set<String> workSoftware;
        private ZoneId zone;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /** SEC-1 [X]: the longest an unattended host may stay unlocked, positive. */
        public Builder idleLimit(Duration limit) {
            if (limit == null || limit.isZero() || limit.isNegative()) {
                problems.add("idleLimit", SecurityMessages.BUNDLE, "hosts.idleLimit", SEC_1);
            } else {
                idleLimit = limit;
            }
            return this;
        }

        /** SEC-10 [X]: the software that is work on billing computers (names as the inventory gives them, any case). */
        public Builder workSoftware(Set<String> names) {
            if (SecurityInputs.nullOrHasNull(names)) {
                problems.add("workSoftware", "required", SEC_10);
            } else {
                Set<String> lower = new HashSet<>();
                names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
                workSoftware = Set.copyOf(lower);
            }
            return this;
        }

        /** The zone in which explanations show times. */
        public Builder zone(ZoneId z) {
            if (z == null) {
                problems.add("zone", "required", SEC_1);
            } else {
                zone = z;
            }
            return this;
        }

        /** Builds the audit. */
        public HostAudit build() {
            Violations v = Violations.create().addAll(problems.list());
            if (idleLimit == null && problems.list().stream().noneMatch(p -> p.path().equals("idleLimit"))) {
                v.add("idleLimit", SecurityMessages.BUNDLE, "setting.required", SEC_1);
            }
            if (workSoftware == null && problems.list().stream().noneMatch(p -> p.path().equals("workSoftware"))) {
                v.add("workSoftware", SecurityMessages.BUNDLE, "setting.required", SEC_10);
            }
            if (zone == null && problems.list().stream().noneMatch(p -> p.path().equals("zone"))) {
                v.add("zone", SecurityMessages.BUNDLE, "setting.required", SEC_1);
            }
            v.throwIfAny();
            return new HostAudit(this);
        }
    }
}
