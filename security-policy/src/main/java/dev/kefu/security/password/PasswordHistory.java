package dev.kefu.security.password;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses the reuse of an account's last N passwords (SEC-3: passwords changed regularly must
 * really change), checked against the stored hashes only — the history never holds a
 * password in clear.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class PasswordHistory {

    static final RuleId SEC_3 = RuleId.of("SEC-3");

    private final PasswordHasher hasher;
    private final int remembered;

    private PasswordHistory(PasswordHasher hasher, int remembered) {
        this.hasher = hasher;
        this.remembered = remembered;
    }

    /**
     * A history check.
     *
     * @param hasher  the hasher that produced the stored hashes, not null
     * @param remembered  how many previous passwords may not be reused, at least 1
     * @return the check
     */
    public static PasswordHistory of(PasswordHasher hasher, int remembered) {
        Violations v = Violations.create();
        v.requireNonNull(hasher, "hasher", SEC_3);
        if (remembered < 1) {
            v.add("remembered", "positive", SEC_3);
        }
        v.throwIfAny();
        return new PasswordHistory(hasher, remembered);
    }

    /**
     * Whether a new password is fresh.
     *
     * @param candidate  the new password, not modified
     * @param previousHashes  the account's previous hashes, newest first
     * @return a decision whose outcome is true when the password was not used in the last N
     */
    public Decision<Boolean> isFresh(char[] candidate, List<String> previousHashes) {
        Violations v = Violations.create();
        v.requireNonNull(candidate, "password", SEC_3);
        v.requireNonNull(previousHashes, "previousHashes", SEC_3);
        v.throwIfAny();
        boolean reused = false;
        for (String h : previousHashes.subList(0, Math.min(remembered, previousHashes.size()))) {
            reused |= hasher.verify(candidate, h); // no early exit: every remembered hash is checked
        }
        return Decision.of(!reused, Reason.of(SEC_3, SecurityMessages.BUNDLE, reused ? "history.reused" : "history.fresh", remembered));
    }

    /** The new history after a change: the new hash first, trimmed to N. */
    public List<String> after(String newHash, List<String> previousHashes) {
        List<String> out = new ArrayList<>();
        out.add(newHash);
        out.addAll(previousHashes.subList(0, Math.min(remembered - 1, previousHashes.size())));
        return List.copyOf(out);
    }
}
