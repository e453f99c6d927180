package dev.kefu.security.rotation;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Password rotation by role (SEC-3).
 *
 * <p>Two profiles:
 * <ul>
 *   <li>{@link #regulation()} — the default, faithful to the regulation: network
 *       administrators, system administrators and system operators change their passwords
 *       <b>every 15 days</b>; other accounts as configured (none by default).</li>
 *   <li>{@link #nistAligned()} — NIST SP 800-63B §5.1.1.2 advises <i>against</i> periodic
 *       changes (users then pick weaker, predictable passwords) and asks for a change only on
 *       evidence of compromise; this profile requires no rotation for any role. It differs
 *       from the regulation exactly on the 15-day rule.</li>
 * </ul>
 * A password is {@code DUE_SOON} within the warning period before its due instant (default 3
 * days) and {@code EXPIRED} from the due instant on.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class RotationPolicy {

    static final RuleId SEC_3 = RuleId.of("SEC-3");

    private final Map<AccountRole, Duration> maxAge;
    private final Duration warnBefore;

    private RotationPolicy(Map<AccountRole, Duration> maxAge, Duration warnBefore) {
        this.maxAge = maxAge;
        this.warnBefore = warnBefore;
    }

    /** The regulation's profile: 15 days for the three administrator roles. */
    public static RotationPolicy regulation() {
        return builder().maxAge(AccountRole.NETWORK_ADMINISTRATOR, Duration.ofDays(15))
                .maxAge(AccountRole.SYSTEM_ADMINISTRATOR, Duration.ofDays(15))
                .maxAge(AccountRole.SYSTEM_OPERATOR, Duration.ofDays(15)).build();
    }

    /** The NIST SP 800-63B-aligned profile: no periodic rotation. */
    public static RotationPolicy nistAligned() {
        return builder().build();
    }

    /** A builder with no maximum ages and a 3-day warning period. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The status of an account's password.
     *
     * @param role  the account's role, not null
     * @param lastChanged  when the password was last changed, not null
     * @param now  the instant asked about, not null
     * @return the decision
     */
    public Decision<RotationStatus> status(AccountRole role, Instant lastChanged, Instant now) {
        Violations v = Violations.create();
        v.requireNonNull(role, "role", SEC_3);
        v.requireNonNull(lastChanged, "lastChanged", SEC_3);
        v.requireNonNull(now, "now", SEC_3);
        v.throwIfAny();
        Duration age = maxAge.get(role);
        if (age == null) {
            return Decision.of(new RotationStatus(RotationStatus.State.NOT_REQUIRED, Optional.empty()),
                    Reason.of(SEC_3, SecurityMessages.BUNDLE, "rotation.notRequired", role));
        }
        Instant due = lastChanged.plus(age);
        RotationStatus.State state = !now.isBefore(due) ? RotationStatus.State.EXPIRED
                : !now.isBefore(due.minus(warnBefore)) ? RotationStatus.State.DUE_SOON : RotationStatus.State.OK;
        return Decision.of(new RotationStatus(state, Optional.of(due)),
                Reason.of(SEC_3, SecurityMessages.BUNDLE, "rotation." + state.name(), role, age.toDays(), due));
    }

    /** Builds a rotation policy. */
    public static final class Builder {
        private final Map<AccountRole, Duration> maxAge = new EnumMap<>(AccountRole.class);
        private Duration warnBefore = Duration.ofDays(3);
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /** Sets a role's maximum password age. */
        public Builder maxAge(AccountRole role, Duration age) {
            if (role == null || age == null || age.isZero() || age.isNegative()) {
                problems.add("maxAge", "positive", SEC_3);
            } else {
                maxAge.put(role, age);
            }
            return this;
        }

        /** Sets the warning period before the due instant; default 3 days. */
        public Builder warnBefore(Duration d) {
            if (d == null || d.isNegative()) {
                problems.add("warnBefore", "notNegative", SEC_3);
            } else {
                warnBefore = d;
            }
            return this;
        }

        /** Builds the policy. */
        public RotationPolicy build() {
            Violations.create().addAll(problems.list()).throwIfAny();
            return new RotationPolicy(new EnumMap<>(maxAge), warnBefore);
        }
    }
}
