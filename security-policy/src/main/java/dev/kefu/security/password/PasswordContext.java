package dev.kefu.security.password;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.privacy.MobileNumber;
import dev.kefu.core.validation.Violations;
import dev.kefu.core.privacy.PersonName;
import java.util.Optional;

/**
 * What a password must not contain (SEC-3 "no pattern"): the account name, the person's name
 * and phone number. Personal data: kept only for the check, never shown.
 *
 * @param accountName  the login name
 * @param personName  the person's name (and its romanisation, if the host adds one)
 * @param phone  the person's mobile number
 */
public record PasswordContext(Optional<String> accountName, Optional<PersonName> personName, Optional<MobileNumber> phone) {

    /** No personal context. */
    public static final PasswordContext NONE = new PasswordContext(Optional.empty(), Optional.empty(), Optional.empty());

    /** @throws dev.kefu.core.validation.PolicyInputException naming every null component */
    public PasswordContext {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("SEC-3");
        v.requireNonNull(accountName, "accountName", rule);
        v.requireNonNull(personName, "personName", rule);
        v.requireNonNull(phone, "phone", rule);
        v.throwIfAny();
    }

    /** A context with an account name only. */
    public static PasswordContext account(String accountName) {
        if (accountName == null) {
            Violations.create().add("accountName", "required", RuleId.of("SEC-3")).throwIfAny();
        }
        return new PasswordContext(Optional.of(accountName), Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        return "PasswordContext[" + accountName.map(a -> "account").orElse("") + personName.map(n -> " " + n).orElse("")
                + phone.map(p -> " " + p).orElse("") + "]";
    }
}
