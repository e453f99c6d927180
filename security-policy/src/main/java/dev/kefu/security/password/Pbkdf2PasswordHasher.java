package dev.kefu.security.password;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 from the JDK, the default {@link PasswordHasher} (SEC-4): no extra
 * dependency, 600,000 iterations by default (OWASP Password Storage Cheat Sheet's figure for
 * PBKDF2-HMAC-SHA256), a 16-byte random salt and a 32-byte key, encoded as
 * {@code pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}. Verification recomputes with the
 * encoded iteration count and compares with {@link MessageDigest#isEqual}, which takes time
 * independent of where the bytes differ.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    static final RuleId SEC_4 = RuleId.of("SEC-4");
    /** OWASP's current iteration count for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";

    private final int iterations;
    private final SecureRandom random;

    private Pbkdf2PasswordHasher(int iterations, SecureRandom random) {
        this.iterations = iterations;
        this.random = random;
    }

    /** The default: 600,000 iterations. */
    public static Pbkdf2PasswordHasher standard() {
        return new Pbkdf2PasswordHasher(DEFAULT_ITERATIONS, new SecureRandom());
    }

    /**
     * A hasher with another iteration count (tests and constrained hosts; lower counts are weaker).
     *
     * @param iterations  at least 1,000
     * @return the hasher
     */
    public static Pbkdf2PasswordHasher withIterations(int iterations) {
        if (iterations < 1_000) {
            Violations.create().add("iterations", SecurityMessages.BUNDLE, "hash.iterations", SEC_4).throwIfAny();
        }
        return new Pbkdf2PasswordHasher(iterations, new SecureRandom());
    }

    @Override
    public String hash(char[] password) {
        EncodedHash.requirePassword(password);
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String out = PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
        Arrays.fill(key, (byte) 0);
        return out;
    }

    @Override
    public boolean verify(char[] password, String encoded) {
        EncodedHash.requireArguments(password, encoded);
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            throw EncodedHash.malformed();
        }
        int n;
        byte[] salt;
        byte[] expected;
        try {
            n = Integer.parseInt(parts[1]);
            salt = Base64.getDecoder().decode(parts[2]);
            expected = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            throw EncodedHash.malformed();
        }
        if (n < 1 || salt.length == 0 || expected.length == 0) {
            throw EncodedHash.malformed();
        }
        byte[] actual = derive(password, salt, n);
        boolean same = MessageDigest.isEqual(actual, expected);
        Arrays.fill(actual, (byte) 0);
        return same;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return "Pbkdf2PasswordHasher[" + iterations + " iterations]";
    }
}
