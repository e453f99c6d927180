package dev.kefu.security.accounts;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.AccountId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Account hygiene (SEC-4): every account has a password; an account no longer in use is
 * removed at once. Finds accounts without a password, accounts unused for a configured period
 * (the regulation gives none, so it is required), and accounts of staff who left — each with
 * what must be done.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class AccountHygiene {

    static final RuleId SEC_4 = RuleId.of("SEC-4");

    private final Duration unusedAfter;

    private AccountHygiene(Duration unusedAfter) {
        this.unusedAfter = unusedAfter;
    }

    /**
     * A hygiene check.
     *
     * @param unusedAfter  how long without a login makes an account unused, positive
     * @return the check
     */
    public static AccountHygiene unusedAfter(Duration unusedAfter) {
        if (unusedAfter == null || unusedAfter.isZero() || unusedAfter.isNegative()) {
            Violations.create().add("unusedAfter", "positive", SEC_4).throwIfAny();
        }
        return new AccountHygiene(unusedAfter);
    }

    /**
     * A finding.
     *
     * @param account  the account
     * @param kind  what is wrong
     * @param action  what must be done
     */
    public record Finding(AccountId account, Kind kind, Action action) {
    }

    /** What is wrong. */
    public enum Kind {
        /** The account has no password. */
        NO_PASSWORD,
        /** The account has not been used within the period. */
        UNUSED,
        /** The account's owner has left. */
        OWNER_LEFT
    }

    /** What must be done. */
    public enum Action {
        /** Set a password now. */
        SET_PASSWORD,
        /** Remove the account now. */
        REMOVE_ACCOUNT
    }

    /**
     * Reviews accounts.
     *
     * @param accounts  the accounts, not null
     * @param now  the instant of the review, not null
     * @return the decision whose outcome lists every finding
     */
    public Decision<List<Finding>> review(List<Account> accounts, Instant now) {
        Violations v = Violations.create();
        if (dev.kefu.security.SecurityInputs.nullOrHasNull(accounts)) {
            v.add("accounts", "required", SEC_4);
        }
        v.requireNonNull(now, "now", SEC_4);
        v.throwIfAny();
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get(i);
            if (a.createdAt().isAfter(now) || a.lastLogin().map(t -> t.isAfter(now)).orElse(false)) {
                v.add("accounts[" + i + "]", SecurityMessages.BUNDLE, "hygiene.future", SEC_4);
            }
        }
        v.throwIfAny();
        List<Finding> out = new ArrayList<>();
        Instant cutoff = now.getEpochSecond() - Instant.MIN.getEpochSecond() <= unusedAfter.getSeconds() ? Instant.MIN : now.minus(unusedAfter);
        for (Account a : accounts) {
            if (a.ownerLeft()) {
                out.add(new Finding(a.id(), Kind.OWNER_LEFT, Action.REMOVE_ACCOUNT));
            } else if (a.lastLogin().orElse(a.createdAt()).isBefore(cutoff)) {
                out.add(new Finding(a.id(), Kind.UNUSED, Action.REMOVE_ACCOUNT));
            }
            if (!a.hasPassword() && !a.ownerLeft()) {
                out.add(new Finding(a.id(), Kind.NO_PASSWORD, Action.SET_PASSWORD));
            }
        }
        return Decision.of(List.copyOf(out), Reason.of(SEC_4, SecurityMessages.BUNDLE, "hygiene.summary", accounts.size(), out.size()));
    }
}
