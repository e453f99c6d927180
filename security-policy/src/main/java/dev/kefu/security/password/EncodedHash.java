package dev.kefu.security.password;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.util.Base64;

/** Argument checks, parsing helpers and the errors shared by the {@link PasswordHasher} implementations. */
final class EncodedHash {

    static final RuleId SEC_4 = RuleId.of("SEC-4");
    /** The longest stored hash read at all: longer text is refused before it is split. */
    static final int MAX_ENCODED_LENGTH = 512;

    private EncodedHash() {
    }

    /** Refuses a null or empty password or a null encoded hash, naming each. */
    static void requireArguments(char[] password, String encoded) {
        if (password == null || password.length == 0 || encoded == null) {
            Violations v = Violations.create();
            if (v.requireNonNull(password, "password", SEC_4) && password.length == 0) {
                v.add("password", "required", SEC_4);
            }
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

    /** Refuses a null or overlong encoded hash. */
    static void requireEncoded(String encoded) {
        if (encoded == null) {
            Violations.create().add("encoded", "required", SEC_4).throwIfAny();
        }
        if (encoded.length() > MAX_ENCODED_LENGTH) {
            throw malformed();
        }
    }

    /** The error for a hash this hasher did not produce; never repeats it. */
    static RuntimeException malformed() {
        Violations.create().add("encoded", SecurityMessages.BUNDLE, "hash.format", SEC_4).throwIfAny();
        throw new AssertionError("unreachable");
    }

    /** The error for a stored parameter outside the accepted range; names the parameter and the range. */
    static RuntimeException outOfBounds(String parameter, long min, long max) {
        Violations.create().add("encoded." + parameter, SecurityMessages.BUNDLE, "hash.bounds", SEC_4, min, max).throwIfAny();
        throw new AssertionError("unreachable");
    }

    /** A decimal parameter of at most 10 digits, no sign, no leading zeros; malformed otherwise. */
    static long number(String text) {
        if (text.isEmpty() || text.length() > 10 || (text.length() > 1 && text.charAt(0) == '0')) {
            throw malformed();
        }
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw malformed();
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Base64 without padding (standard alphabet); malformed otherwise. */
    static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    /** Requires a value within [min, max]. */
    static void within(String parameter, long value, long min, long max) {
        if (value < min || value > max) {
            throw outOfBounds(parameter, min, max);
        }
    }
}
