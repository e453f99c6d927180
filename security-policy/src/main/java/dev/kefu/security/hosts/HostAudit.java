package dev.kefu.security.hosts;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Host rules (SEC-1, SEC-10): an unattended host is screen-locked — the lock must follow the
 * last input within the configured idle limit (the regulation gives none, so it is required);
 * a computer with the billing system has no games or chat tools; nobody uses another person's
 * computer (also APR-8).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class HostAudit {

    static final RuleId SEC_1 = RuleId.of("SEC-1");
    static final RuleId SEC_10 = RuleId.of("SEC-10");

    private final Duration idleLimit;
    private final Set<String> forbiddenOnBilling;

    private HostAudit(Duration idleLimit, Set<String> forbiddenOnBilling) {
        this.idleLimit = idleLimit;
        this.forbiddenOnBilling = forbiddenOnBilling;
    }

    /**
     * An audit.
     *
     * @param idleLimit  the longest an unattended host may stay unlocked, positive
     * @return the audit; games and chat tools are forbidden on billing hosts
     */
    public static HostAudit of(Duration idleLimit) {
        if (idleLimit == null || idleLimit.isZero() || idleLimit.isNegative()) {
            Violations.create().add("idleLimit", "positive", SEC_1).throwIfAny();
        }
        return new HostAudit(idleLimit, Set.of("GAME", "CHAT"));
    }

    /**
     * An idle period of a host: the last input and when the screen locked (if it did).
     *
     * @param host  the host
     * @param lastInput  the last keyboard or mouse input
     * @param lockedAt  when the screen locked; null if it did not before the next input
     * @param nextInput  the next input after the idle period
     */
    public record IdlePeriod(String host, Instant lastInput, Instant lockedAt, Instant nextInput) {
    }

    /**
     * A login by a person to a host, for the shared-computer rule.
     *
     * @param host  the host name
     * @param user  who logged in
     * @param at  when
     */
    public record Use(String host, EmployeeId user, Instant at) {
    }

    /**
     * A finding.
     *
     * @param rule  the rule broken
     * @param host  the host
     * @param detail  what (software name, user), never personal data beyond the employee id
     */
    public record Finding(RuleId rule, String host, String detail) {
    }

    /**
     * Audits hosts.
     *
     * @param hosts  the inventory, not null
     * @param idle  idle periods, not null
     * @param uses  logins to personal computers, not null
     * @return the decision whose outcome lists every finding
     */
    public Decision<List<Finding>> audit(List<Host> hosts, List<IdlePeriod> idle, List<Use> uses) {
        Violations v = Violations.create();
        v.requireNonNull(hosts, "hosts", SEC_10);
        v.requireNonNull(idle, "idle", SEC_1);
        v.requireNonNull(uses, "uses", SEC_10);
        v.throwIfAny();
        List<Finding> out = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (IdlePeriod p : idle) {
            Instant deadline = p.lastInput().plus(idleLimit);
            boolean lockedInTime = p.lockedAt() != null && !p.lockedAt().isAfter(deadline);
            if (!lockedInTime && p.nextInput().isAfter(deadline)) {
                add(out, reasons, new Finding(SEC_1, p.host(), "unlocked after " + idleLimit), "hosts.unlocked");
            }
        }
        Map<String, Host> byName = new java.util.HashMap<>();
        for (Host h : hosts) {
            byName.put(h.name(), h);
            if (h.billing()) {
                h.installed().forEach((software, category) -> {
                    if (forbiddenOnBilling.contains(category)) {
                        add(out, reasons, new Finding(SEC_10, h.name(), software), "hosts.forbidden");
                    }
                });
            }
        }
        for (Use u : uses) {
            Host h = byName.get(u.host());
            if (h != null && h.owner().isPresent() && !h.owner().get().equals(u.user())) {
                add(out, reasons, new Finding(SEC_10, u.host(), u.user().value()), "hosts.shared");
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(SEC_10, SecurityMessages.BUNDLE, "hosts.ok", hosts.size()));
        }
        return Decision.of(List.copyOf(out), reasons);
    }

    private static void add(List<Finding> out, List<Reason> reasons, Finding f, String key) {
        out.add(f);
        reasons.add(Reason.of(f.rule(), SecurityMessages.BUNDLE, key, f.host(), f.detail()));
    }
}
