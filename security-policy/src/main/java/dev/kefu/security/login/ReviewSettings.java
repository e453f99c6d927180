package dev.kefu.security.login;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityInputs;
import dev.kefu.security.SecurityMessages;
import java.time.Duration;
import java.util.Set;

/**
 * Thresholds of the login-log review and the scan detectors (SEC-7). The regulation gives no
 * numbers (不准扫描端口, 不准猜测他人或设备的密码), so <b>every threshold is a required setting</b>:
 * {@link #builder()}'s {@code build()} names each one missing. {@link #suggested(Set)} is a
 * documented starting profile — kefu's suggestion, not the regulation's:
 * <table>
 *   <caption>Suggested profile</caption>
 *   <tr><th>setting</th><th>suggested</th></tr>
 *   <tr><td>window</td><td>10 minutes</td></tr>
 *   <tr><td>failuresPerAccount</td><td>5</td></tr>
 *   <tr><td>accountsPerSource</td><td>10</td></tr>
 *   <tr><td>burstBeforeSuccess</td><td>3</td></tr>
 *   <tr><td>failuresPerDevice</td><td>10</td></tr>
 *   <tr><td>portsPerSource</td><td>20</td></tr>
 *   <tr><td>devices</td><td>the host's servers and switches</td></tr>
 * </table>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ReviewSettings {

    static final RuleId SEC_7 = RuleId.of("SEC-7");

    private final Duration window;
    private final int failuresPerAccount;
    private final int accountsPerSource;
    private final int burstBeforeSuccess;
    private final int failuresPerDevice;
    private final int portsPerSource;
    private final Set<String> devices;

    private ReviewSettings(Builder b) {
        this.window = b.window;
        this.failuresPerAccount = b.failuresPerAccount;
        this.accountsPerSource = b.accountsPerSource;
        this.burstBeforeSuccess = b.burstBeforeSuccess;
        this.failuresPerDevice = b.failuresPerDevice;
        this.portsPerSource = b.portsPerSource;
        this.devices = b.devices;
    }

    /**
     * The old four-threshold form, with the suggested device and port thresholds and no devices.
     *
     * @param window  how far back failures count, positive
     * @param failuresPerAccount  failures on one account that make guessing, at least 2
     * @param accountsPerSource  accounts failed from one source that make spraying, at least 2
     * @param burstBeforeSuccess  failures just before a success that make it suspicious, at least 1
     */
    public ReviewSettings(Duration window, int failuresPerAccount, int accountsPerSource, int burstBeforeSuccess) {
        this(new Builder().window(window).failuresPerAccount(failuresPerAccount).accountsPerSource(accountsPerSource)
                .burstBeforeSuccess(burstBeforeSuccess).failuresPerDevice(10).portsPerSource(20).devices(Set.of()).checked());
    }

    /** A builder with nothing set: every setting is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * kefu's suggested profile (see the class comment), for the given devices.
     *
     * @param devices  the hosts that are devices (servers, switches), not null
     * @return the settings
     */
    public static ReviewSettings suggested(Set<String> devices) {
        return builder().window(Duration.ofMinutes(10)).failuresPerAccount(5).accountsPerSource(10).burstBeforeSuccess(3)
                .failuresPerDevice(10).portsPerSource(20).devices(devices).build();
    }

    /** How far back failures and probes count. */
    public Duration window() {
        return window;
    }

    /** Failures on one account within the window that make guessing. */
    public int failuresPerAccount() {
        return failuresPerAccount;
    }

    /** Accounts failed from one source within the window that make spraying. */
    public int accountsPerSource() {
        return accountsPerSource;
    }

    /** Failures just before a success that make it suspicious. */
    public int burstBeforeSuccess() {
        return burstBeforeSuccess;
    }

    /** Failures from one source on one device within the window, any accounts, that make device-password guessing. */
    public int failuresPerDevice() {
        return failuresPerDevice;
    }

    /** Distinct ports (on any hosts) one source probes within the window that make a port scan. */
    public int portsPerSource() {
        return portsPerSource;
    }

    /** The hosts that are devices (servers, switches). */
    public Set<String> devices() {
        return devices;
    }

    @Override
    public String toString() {
        return "ReviewSettings[window=" + window + ", failuresPerAccount=" + failuresPerAccount + ", accountsPerSource=" + accountsPerSource
                + ", burstBeforeSuccess=" + burstBeforeSuccess + ", failuresPerDevice=" + failuresPerDevice + ", portsPerSource="
                + portsPerSource + ", devices=" + devices.size() + "]";
    }

    /** Builds review settings; {@link #build()} names every missing or bad threshold. */
    public static final class Builder {
        private Duration window;
        private int failuresPerAccount;
        private int accountsPerSource;
        private int burstBeforeSuccess;
        private int failuresPerDevice;
        private int portsPerSource;
        private Set<String> devices;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /** How far back failures count: positive, at most 366 days (a review window beyond a year is a mistake). */
        public Builder window(Duration d) {
            if (d == null || d.isZero() || d.isNegative() || d.compareTo(Duration.ofDays(366)) > 0) {
                problems.add("window", SecurityMessages.BUNDLE, "review.window", SEC_7);
            } else {
                window = d;
            }
            return this;
        }

        private int atLeast(String name, int value, int min) {
            if (value < min) {
                problems.add(name, SecurityMessages.BUNDLE, "setting.atLeast", SEC_7, min);
                return -1;
            }
            return value;
        }

        /** Failures on one account that make guessing, at least 2. */
        public Builder failuresPerAccount(int n) {
            failuresPerAccount = atLeast("failuresPerAccount", n, 2);
            return this;
        }

        /** Accounts failed from one source that make spraying, at least 2. */
        public Builder accountsPerSource(int n) {
            accountsPerSource = atLeast("accountsPerSource", n, 2);
            return this;
        }

        /** Failures before a success that make it suspicious, at least 1. */
        public Builder burstBeforeSuccess(int n) {
            burstBeforeSuccess = atLeast("burstBeforeSuccess", n, 1);
            return this;
        }

        /** Failures on one device from one source that make device-password guessing, at least 2. */
        public Builder failuresPerDevice(int n) {
            failuresPerDevice = atLeast("failuresPerDevice", n, 2);
            return this;
        }

        /** Distinct ports one source probes that make a port scan, at least 2. */
        public Builder portsPerSource(int n) {
            portsPerSource = atLeast("portsPerSource", n, 2);
            return this;
        }

        /** The hosts that are devices (servers, switches); may be empty. */
        public Builder devices(Set<String> hosts) {
            if (SecurityInputs.nullOrHasNull(hosts)) {
                problems.add("devices", "required", SEC_7);
            } else {
                devices = Set.copyOf(hosts);
            }
            return this;
        }

        private Builder checked() {
            Violations v = Violations.create().addAll(problems.list());
            require(v, "window", window == null);
            require(v, "failuresPerAccount", failuresPerAccount == 0);
            require(v, "accountsPerSource", accountsPerSource == 0);
            require(v, "burstBeforeSuccess", burstBeforeSuccess == 0);
            require(v, "failuresPerDevice", failuresPerDevice == 0);
            require(v, "portsPerSource", portsPerSource == 0);
            require(v, "devices", devices == null);
            v.throwIfAny();
            return this;
        }

        private void require(Violations v, String name, boolean missing) {
            if (missing && problems.list().stream().noneMatch(p -> p.path().equals(name))) {
                v.add(name, SecurityMessages.BUNDLE, "setting.required", SEC_7);
            }
        }

        /** Builds the settings. */
        public ReviewSettings build() {
            return new ReviewSettings(checked());
        }
    }
}
