package dev.kefu.security.rotation;

import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
 * days, which must be shorter than every maximum age) and {@code EXPIRED} from the due instant on.
 *
 * <p>Per "Definitions and precedence" (Security) and CORE-CAL-4: the 15 days are <b>calendar days
 * of elapsed time</b> from the <b>last change of that password under any rule</b> — a change
 * made under SEC-5's handover restarts the period, so pass the latest change, whatever caused
 * it, as {@code lastChanged}. Explanations show times as local {@code yyyy-MM-dd HH:mm} in the
 * policy's zone (Asia/Shanghai for the presets) and roles by their labels.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class RotationPolicy {

    static final RuleId SEC_3 = RuleId.of("SEC-3");

    private final Map<AccountRole, Duration> maxAge;
    private final Duration warnBefore;
    private final ZoneId zone;

    private RotationPolicy(Map<AccountRole, Duration> maxAge, Duration warnBefore, ZoneId zone) {
        this.maxAge = maxAge;
        this.warnBefore = warnBefore;
        this.zone = zone;
    }

    /** The regulation's profile: 15 days for the three administrator roles. */
    public static RotationPolicy regulation() {
        return regulation(SecurityMessages.SHANGHAI);
    }

    /** The regulation's profile with explanations in another zone. */
    public static RotationPolicy regulation(ZoneId zone) {
        return builder().zone(zone).maxAge(AccountRole.NETWORK_ADMINISTRATOR, Duration.ofDays(15))
                .maxAge(AccountRole.SYSTEM_ADMINISTRATOR, Duration.ofDays(15))
                .maxAge(AccountRole.SYSTEM_OPERATOR, Duration.ofDays(15)).build();
    }

    /** The NIST SP 800-63B-aligned profile: no periodic rotation. */
    public static RotationPolicy nistAligned() {
        return builder().zone(SecurityMessages.SHANGHAI).build();
    }

    /** A builder with no maximum ages and a 3-day warning period; the zone is required. */
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
        if (lastChanged != null && now != null && lastChanged.isAfter(now)) {
            v.add("lastChanged", SecurityMessages.BUNDLE, "rotation.future", SEC_3);
        }
        v.throwIfAny();
        Duration age = maxAge.get(role);
        if (age == null) {
            return Decision.of(new RotationStatus(RotationStatus.State.NOT_REQUIRED, Optional.empty()),
                    Reason.of(SEC_3, SecurityMessages.BUNDLE, "rotation.notRequired", SecurityMessages.ordinal(role)));
        }
        Instant due = Periods.elapsedDeadline(lastChanged, age);
        RotationStatus.State state = !now.isBefore(due) ? RotationStatus.State.EXPIRED
                : !now.isBefore(due.minus(warnBefore)) ? RotationStatus.State.DUE_SOON : RotationStatus.State.OK;
        return Decision.of(new RotationStatus(state, Optional.of(due)),
                Reason.of(SEC_3, SecurityMessages.BUNDLE, "rotation." + state.name(), SecurityMessages.ordinal(role), age.toDays(),
                        SecurityMessages.time(due, zone)));
    }

    /** Builds a rotation policy. */
    public static final class Builder {
        private final Map<AccountRole, Duration> maxAge = new EnumMap<>(AccountRole.class);
        private Duration warnBefore = Duration.ofDays(3);
        private ZoneId zone;
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

        /** The zone in which explanations show times (required). */
        public Builder zone(ZoneId z) {
            if (z == null) {
                problems.add("zone", "required", SEC_3);
            } else {
                zone = z;
            }
            return this;
        }

        /** Builds the policy. */
        public RotationPolicy build() {
            Violations v = Violations.create().addAll(problems.list());
            if (zone == null && problems.list().stream().noneMatch(p -> p.path().equals("zone"))) {
                v.add("zone", SecurityMessages.BUNDLE, "setting.required", SEC_3);
            }
            maxAge.forEach((role, age) -> {
                if (warnBefore.compareTo(age) >= 0) {
                    v.add("warnBefore", SecurityMessages.BUNDLE, "rotation.warnTooLong", SEC_3, age.toHours());
                }
            });
            v.throwIfAny();
            return new RotationPolicy(new EnumMap<>(maxAge), warnBefore, zone);
        }
    }
}
