package dev.kefu.security.password;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;

/** Argument checks and the one error shared by the {@link PasswordHasher} implementations. */
final class EncodedHash {

    static final RuleId SEC_4 = RuleId.of("SEC-4");

    private EncodedHash() {
    }

    /** Refuses a null password or encoded hash, naming both if both are missing. */
    static void requireArguments(char[] password, String encoded) {
        if (password == null || encoded == null) {
            Violations v = Violations.create();
            v.requireNonNull(password, "password", SEC_4);
            v.requireNonNull(encoded, "encoded", SEC_4);
            v.throwIfAny();
        }
    }

    /** Refuses an empty password to hash. */
    static void requirePassword(char[] password) {
        if (password == null || password.length == 0) {
            Violations.create().add("password", "required", SEC_4).throwIfAny();
        }
    }

    /** The error for a hash this hasher did not produce; never repeats it. */
    static RuntimeException malformed() {
        Violations.create().add("encoded", SecurityMessages.BUNDLE, "hash.format", SEC_4).throwIfAny();
        throw new AssertionError("unreachable");
    }
}
