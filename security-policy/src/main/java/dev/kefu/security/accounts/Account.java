package dev.kefu.security.accounts;

import dev.kefu.core.id.AccountId;
import dev.kefu.core.id.EmployeeId;
import java.time.Instant;
import java.util.Optional;

/**
 * What account hygiene needs to know of an account (SEC-4).
 *
 * @param id  the account
 * @param owner  the employee who owns it
 * @param hasPassword  whether a password is set
 * @param lastLogin  the last successful login, if any
 * @param createdAt  when the account was created
 * @param ownerLeft  whether the owner has left the company
 */
public record Account(AccountId id, EmployeeId owner, boolean hasPassword, Optional<Instant> lastLogin, Instant createdAt,
                      boolean ownerLeft) {
}
