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

    /** @throws dev.kefu.core.validation.PolicyInputException naming every missing field and a last login before creation */
    public Account {
        dev.kefu.core.validation.Violations v = dev.kefu.core.validation.Violations.create();
        dev.kefu.core.decision.RuleId rule = dev.kefu.core.decision.RuleId.of("SEC-4");
        v.requireNonNull(id, "account.id", rule);
        v.requireNonNull(owner, "account.owner", rule);
        v.requireNonNull(lastLogin, "account.lastLogin", rule);
        v.requireNonNull(createdAt, "account.createdAt", rule);
        if (lastLogin != null && createdAt != null && lastLogin.isPresent() && lastLogin.get().isBefore(createdAt)) {
            v.add("account.lastLogin", dev.kefu.security.SecurityMessages.BUNDLE, "hygiene.beforeCreation", rule);
        }
        v.throwIfAny();
    }
}
