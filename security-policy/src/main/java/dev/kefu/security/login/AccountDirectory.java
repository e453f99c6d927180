package dev.kefu.security.login;

import dev.kefu.core.id.AccountId;
import java.util.Set;

/**
 * What the reviewer needs to know of accounts. The host implements it over its identity store;
 * calls must be fast and thread-safe.
 */
public interface AccountDirectory {

    /** The status of an account. */
    enum Status {
        /** In use. */
        ACTIVE,
        /** Disabled. */
        DISABLED,
        /** Its owner left the company. */
        DEPARTED,
        /** Not used for the hygiene period (SEC-4). */
        DORMANT
    }

    /** The status of an account; unknown accounts are {@link Status#ACTIVE}. */
    Status status(AccountId account);

    /** Whether the account is privileged (administrators, operators). */
    boolean privileged(AccountId account);

    /** Sources the account is known to log in from. */
    Set<String> knownSources(AccountId account);
}
