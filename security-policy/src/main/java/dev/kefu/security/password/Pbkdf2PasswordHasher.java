package dev.kefu.security.password;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * PBKDF2-HMAC-SHA256 (RFC 8018) over the JDK's HMAC, the default {@link PasswordHasher}
 * (SEC-4): no extra dependency, 600,000 iterations by default (OWASP Password Storage Cheat
 * Sheet's figure for PBKDF2-HMAC-SHA256), a 16-byte random salt (NIST SP 800-132: at least 128
 * bits) and a 32-byte key, encoded as {@code pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}.
 *
 * <p>The password is read by {@link PasswordText}: well-formed (no unpaired surrogate, no NUL),
 * NFKC-normalised, strict UTF-8. Because those bytes never contain a zero byte, HMAC's zero
 * padding of short keys cannot make two passwords share a hash.
 *
 * <p><b>Stored hashes are untrusted input.</b> {@link #verify} parses the stored text and checks
 * every parameter against this hasher's accepted ranges <i>before</i> computing anything:
 * iterations within [{@value #MIN_ITERATIONS}, {@link Builder#maxVerifiedIterations}], a salt of
 * 16 to 64 bytes and a 32-byte hash; anything else is a {@code PolicyInputException}. So a row
 * claiming 2<sup>31</sup>−1 iterations is refused at once instead of running for hours.
 * {@link #needsRehash} tells a host to store a new hash at the next successful login (as Spring
 * Security's {@code upgradeEncoding} and Passlib's {@code needs_update} do). Comparison is
 * constant-time ({@link MessageDigest#isEqual}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    static final RuleId SEC_4 = RuleId.of("SEC-4");
    /** OWASP's current iteration count for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** The fewest iterations this hasher uses or accepts in a stored hash. */
    public static final int MIN_ITERATIONS = 1_000;
    /** The most iterations any setting may name (about 17 × OWASP's figure); more is an absurd setting. */
    public static final int MAX_ITERATIONS = 10_000_000;
    static final int SALT_BYTES = 16;
    static final int MAX_SALT_BYTES = 64;
    static final int KEY_BYTES = 32;
    private static final String PREFIX = "pbkdf2-sha256";

    private final int iterations;
    private final int maxVerified;
    private final SecureRandom random;

    private Pbkdf2PasswordHasher(int iterations, int maxVerified) {
        this.iterations = iterations;
        this.maxVerified = maxVerified;
        this.random = new SecureRandom();
    }

    /** The default: 600,000 iterations; verifies stored counts from 1,000 to 600,000. */
    public static Pbkdf2PasswordHasher standard() {
        return builder().build();
    }

    /**
     * A hasher with another iteration count (tests and constrained hosts; lower counts are
     * weaker). It verifies stored counts up to the larger of {@code iterations} and 600,000.
     *
     * @param iterations  1,000 to 10,000,000
     * @return the hasher
     */
    public static Pbkdf2PasswordHasher withIterations(int iterations) {
        return builder().iterations(iterations).build();
    }

    /** A builder with OWASP's 600,000 iterations. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String hash(char[] password) {
        EncodedHash.requirePassword(password);
        byte[] pw = PasswordText.bytes(password);
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(pw, salt, iterations);
        Arrays.fill(pw, (byte) 0);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String out = PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
        Arrays.fill(key, (byte) 0);
        return out;
    }

    @Override
    public boolean verify(char[] password, String encoded) {
        EncodedHash.requireArguments(password, encoded);
        Parsed p = parse(encoded);
        byte[] pw = PasswordText.bytes(password);
        byte[] actual = derive(pw, p.salt, p.iterations);
        Arrays.fill(pw, (byte) 0);
        boolean same = MessageDigest.isEqual(actual, p.hash);
        Arrays.fill(actual, (byte) 0);
        return same;
    }

    @Override
    public boolean needsRehash(String encoded) {
        Parsed p = parse(encoded);
        return p.iterations != iterations || p.salt.length != SALT_BYTES;
    }

    @Override
    public void requireValid(String encoded) {
        parse(encoded);
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }

    /** Parses and bounds-checks a stored hash before anything is computed. */
    private Parsed parse(String encoded) {
        EncodedHash.requireEncoded(encoded);
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            throw EncodedHash.malformed();
        }
        long n = EncodedHash.number(parts[1]);
        EncodedHash.within("iterations", n, MIN_ITERATIONS, maxVerified);
        byte[] salt = EncodedHash.base64(parts[2]);
        EncodedHash.within("salt", salt.length, SALT_BYTES, MAX_SALT_BYTES);
        byte[] expected = EncodedHash.base64(parts[3]);
        EncodedHash.within("hash", expected.length, KEY_BYTES, KEY_BYTES);
        return new Parsed((int) n, salt, expected);
    }

    /** PBKDF2 with HMAC-SHA256, one 32-byte block (RFC 8018 §5.2). */
    static byte[] derive(byte[] password, byte[] salt, int iterations) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(password, "HmacSHA256"));
            mac.update(salt);
            mac.update(new byte[] {0, 0, 0, 1});
            byte[] u = mac.doFinal();
            byte[] t = u.clone();
            for (int i = 1; i < iterations; i++) {
                mac.update(u);
                mac.doFinal(u, 0);
                for (int k = 0; k < t.length; k++) {
                    t[k] ^= u[k];
                }
            }
            Arrays.fill(u, (byte) 0);
            return t;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "Pbkdf2PasswordHasher[" + iterations + " iterations, verifies up to " + maxVerified + "]";
    }

    /** Builds a PBKDF2 hasher; {@link #build()} reports every bad setting. */
    public static final class Builder {
        private int iterations = DEFAULT_ITERATIONS;
        private Integer maxVerified;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /** Iterations for new hashes, 1,000 to 10,000,000; default 600,000. */
        public Builder iterations(int count) {
            if (count < MIN_ITERATIONS || count > MAX_ITERATIONS) {
                problems.add("iterations", SecurityMessages.BUNDLE, "hash.setting", SEC_4, MIN_ITERATIONS, MAX_ITERATIONS);
            } else {
                iterations = count;
            }
            return this;
        }

        /**
         * The most iterations a stored hash may claim, at least the hasher's own count and at most
         * 10,000,000; default the larger of the hasher's count and 600,000.
         */
        public Builder maxVerifiedIterations(int count) {
            if (count < MIN_ITERATIONS || count > MAX_ITERATIONS) {
                problems.add("maxVerifiedIterations", SecurityMessages.BUNDLE, "hash.setting", SEC_4, MIN_ITERATIONS, MAX_ITERATIONS);
            } else {
                maxVerified = count;
            }
            return this;
        }

        /** Builds the hasher. */
        public Pbkdf2PasswordHasher build() {
            Violations v = Violations.create().addAll(problems.list());
            int ceiling = maxVerified == null ? Math.max(iterations, DEFAULT_ITERATIONS) : maxVerified;
            if (ceiling < iterations) {
                v.add("maxVerifiedIterations", SecurityMessages.BUNDLE, "hash.ceiling", SEC_4, iterations);
            }
            v.throwIfAny();
            return new Pbkdf2PasswordHasher(iterations, ceiling);
        }
    }
}
