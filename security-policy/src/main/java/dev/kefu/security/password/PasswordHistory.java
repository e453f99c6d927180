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
 * password in clear. The candidate is read exactly as the hasher reads it (well-formed text,
 * NFKC), so a password that differs only in its Unicode form counts as reused.
 *
 * <p><b>State and restore.</b> An account's history is the list of hashes, newest first, that
 * {@link #after} returns; the host stores it as is. {@link #restore} rebuilds it from storage
 * and refuses a tampered or inconsistent list (a malformed or out-of-bounds hash, a null, more
 * than N hashes) with a {@code PolicyInputException}; deciding with a restored history is
 * exactly deciding with the one that was never stored.
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
        requireHashes(v, previousHashes, false);
        v.throwIfAny();
        PasswordText.requireWellFormed(candidate, "password", SEC_3);
        boolean reused = false;
        for (String h : previousHashes.subList(0, Math.min(remembered, previousHashes.size()))) {
            reused |= hasher.verify(candidate, h); // no early exit: every remembered hash is checked
        }
        return Decision.of(!reused, Reason.of(SEC_3, SecurityMessages.BUNDLE, reused ? "history.reused" : "history.fresh", remembered));
    }

    /**
     * The new history after a change: the new hash first, trimmed to N.
     *
     * @param newHash  the hash of the new password, one this history's hasher verifies
     * @param previousHashes  the history before, newest first, not null, no nulls
     * @return the history to store
     */
    public List<String> after(String newHash, List<String> previousHashes) {
        Violations v = Violations.create();
        if (v.requireNonNull(newHash, "newHash", SEC_3)) {
            valid(v, "newHash", newHash);
        }
        requireHashes(v, previousHashes, false);
        v.throwIfAny();
        List<String> out = new ArrayList<>();
        out.add(newHash);
        out.addAll(previousHashes.subList(0, Math.min(remembered - 1, previousHashes.size())));
        return List.copyOf(out);
    }

    /**
     * Rebuilds a stored history (the list {@link #after} returned), checking it.
     *
     * @param stored  the stored hashes, newest first, at most N
     * @return the same history, immutable
     * @throws dev.kefu.core.validation.PolicyInputException if a hash is null, malformed or out
     *     of bounds, or there are more than N
     */
    public List<String> restore(List<String> stored) {
        Violations v = Violations.create();
        requireHashes(v, stored, true);
        v.throwIfAny();
        return List.copyOf(stored);
    }

    private void requireHashes(Violations v, List<String> hashes, boolean bounded) {
        if (!v.requireNonNull(hashes, "previousHashes", SEC_3)) {
            return;
        }
        if (bounded && hashes.size() > remembered) {
            v.add("previousHashes", SecurityMessages.BUNDLE, "history.tooLong", SEC_3, remembered);
        }
        for (int i = 0; i < hashes.size(); i++) {
            String h = hashes.get(i);
            if (h == null) {
                v.add("previousHashes[" + i + "]", "required", SEC_3);
            } else {
                valid(v, "previousHashes[" + i + "]", h);
            }
        }
    }

    private void valid(Violations v, String path, String hash) {
        try {
            hasher.requireValid(hash);
        } catch (dev.kefu.core.validation.PolicyInputException e) {
            v.add(path, SecurityMessages.BUNDLE, "hash.format", SEC_3);
        }
    }
}
