package dev.kefu.security.password;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) through Bouncy Castle — the memory-hard option of SEC-4. Defaults are
 * OWASP's minimum configuration: 19 MiB of memory, 2 iterations, 1 lane; a 16-byte salt and a
 * 32-byte hash, encoded in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}. Comparison is constant-time. The
 * password is read by {@link PasswordText} (well-formed, NFKC, strict UTF-8).
 *
 * <p><b>Stored hashes are untrusted input.</b> {@link #verify} accepts exactly the parameter
 * names {@code m}, {@code t}, {@code p} in that order, version 19, a salt of 8 to 64 bytes
 * (RFC 9106: at least 8) and a hash of 16 to 64 bytes, and parameters no larger than the
 * configured ceilings — by default the larger of this hasher's own value and the highest in
 * OWASP's recommended configurations (m = 47,104 KiB, t = 5, p = this hasher's lanes). All is
 * checked before any memory is allocated, so a row claiming 4 GiB or 2<sup>31</sup>−1 passes
 * is a {@code PolicyInputException}, not an {@code OutOfMemoryError} or a hang. Factories
 * refuse absurd settings: memory above 2 GiB (RFC 9106's largest recommended option), more
 * than 100 passes or more than 64 lanes.
 *
 * <p>Bouncy Castle ({@code org.bouncycastle:bcprov-jdk18on}) is an optional dependency of
 * kefu-security-policy: a host that uses this class adds it; {@link Pbkdf2PasswordHasher} needs
 * nothing.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

    static final RuleId SEC_4 = RuleId.of("SEC-4");
    /** The largest memory any setting may name, in KiB: 2 GiB. */
    public static final int MAX_MEMORY_KIB = 2 * 1024 * 1024;
    /** The most passes any setting may name. */
    public static final int MAX_ITERATIONS = 100;
    /** The most lanes any setting may name. */
    public static final int MAX_PARALLELISM = 64;
    static final int OWASP_MAX_MEMORY_KIB = 47_104;
    static final int OWASP_MAX_ITERATIONS = 5;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final int maxMemoryKib;
    private final int maxIterations;
    private final int maxParallelism;
    private final SecureRandom random = new SecureRandom();

    private Argon2idPasswordHasher(Builder b) {
        this.memoryKib = b.memoryKib;
        this.iterations = b.iterations;
        this.parallelism = b.parallelism;
        this.maxMemoryKib = b.maxMemoryKib != null ? b.maxMemoryKib : Math.max(memoryKib, OWASP_MAX_MEMORY_KIB);
        this.maxIterations = b.maxIterations != null ? b.maxIterations : Math.max(iterations, OWASP_MAX_ITERATIONS);
        this.maxParallelism = b.maxParallelism != null ? b.maxParallelism : parallelism;
    }

    /** OWASP's minimum: m = 19 MiB, t = 2, p = 1. */
    public static Argon2idPasswordHasher owaspMinimum() {
        return builder().build();
    }

    /**
     * Other parameters.
     *
     * @param memoryKib  memory in KiB, at least 8 × parallelism, at most 2 GiB
     * @param iterations  1 to 100
     * @param parallelism  1 to 64
     * @return the hasher
     */
    public static Argon2idPasswordHasher of(int memoryKib, int iterations, int parallelism) {
        return builder().memoryKib(memoryKib).iterations(iterations).parallelism(parallelism).build();
    }

    /** A builder with OWASP's minimum configuration. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String hash(char[] password) {
        EncodedHash.requirePassword(password);
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String encoded = "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + b64.encodeToString(salt) + "$" + b64.encodeToString(out);
        Arrays.fill(out, (byte) 0);
        return encoded;
    }

    @Override
    public boolean verify(char[] password, String encoded) {
        EncodedHash.requireArguments(password, encoded);
        Parsed p = parse(encoded);
        byte[] actual = derive(password, p.salt, p.m, p.t, p.p, p.hash.length);
        boolean same = MessageDigest.isEqual(actual, p.hash);
        Arrays.fill(actual, (byte) 0);
        return same;
    }

    @Override
    public boolean needsRehash(String encoded) {
        Parsed p = parse(encoded);
        return p.m != memoryKib || p.t != iterations || p.p != parallelism || p.salt.length != SALT_BYTES || p.hash.length != HASH_BYTES;
    }

    @Override
    public void requireValid(String encoded) {
        parse(encoded);
    }

    private record Parsed(int m, int t, int p, byte[] salt, byte[] hash) {
    }

    private Parsed parse(String encoded) {
        EncodedHash.requireEncoded(encoded);
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 6 || !parts[0].isEmpty() || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            throw EncodedHash.malformed();
        }
        String[] params = parts[3].split(",", -1);
        if (params.length != 3 || !params[0].startsWith("m=") || !params[1].startsWith("t=") || !params[2].startsWith("p=")) {
            throw EncodedHash.malformed();
        }
        long m = EncodedHash.number(params[0].substring(2));
        long t = EncodedHash.number(params[1].substring(2));
        long p = EncodedHash.number(params[2].substring(2));
        EncodedHash.within("p", p, 1, maxParallelism);
        EncodedHash.within("m", m, 8 * p, maxMemoryKib);
        EncodedHash.within("t", t, 1, maxIterations);
        byte[] salt = EncodedHash.base64(parts[4]);
        EncodedHash.within("salt", salt.length, 8, 64);
        byte[] expected = EncodedHash.base64(parts[5]);
        EncodedHash.within("hash", expected.length, 16, 64);
        return new Parsed((int) m, (int) t, (int) p, salt, expected);
    }

    private static byte[] derive(char[] password, byte[] salt, int m, int t, int p, int length) {
        byte[] pw = PasswordText.bytes(password);
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(m).withIterations(t).withParallelism(p).withSalt(salt).build());
        byte[] out = new byte[length];
        gen.generateBytes(pw, out);
        Arrays.fill(pw, (byte) 0);
        return out;
    }

    @Override
    public String toString() {
        return "Argon2idPasswordHasher[m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "]";
    }

    /** Builds an Argon2id hasher; {@link #build()} reports every bad setting. */
    public static final class Builder {
        private int memoryKib = 19_456;
        private int iterations = 2;
        private int parallelism = 1;
        private Integer maxMemoryKib;
        private Integer maxIterations;
        private Integer maxParallelism;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        private boolean in(String name, int value, int min, int max) {
            if (value < min || value > max) {
                problems.add(name, SecurityMessages.BUNDLE, "hash.setting", SEC_4, min, max);
                return false;
            }
            return true;
        }

        /** Memory for new hashes in KiB, 8 to 2 GiB (and at least 8 per lane); default 19,456. */
        public Builder memoryKib(int kib) {
            if (in("memoryKib", kib, 8, MAX_MEMORY_KIB)) {
                memoryKib = kib;
            }
            return this;
        }

        /** Passes for new hashes, 1 to 100; default 2. */
        public Builder iterations(int passes) {
            if (in("iterations", passes, 1, MAX_ITERATIONS)) {
                iterations = passes;
            }
            return this;
        }

        /** Lanes for new hashes, 1 to 64; default 1. */
        public Builder parallelism(int lanes) {
            if (in("parallelism", lanes, 1, MAX_PARALLELISM)) {
                parallelism = lanes;
            }
            return this;
        }

        /** The largest memory a stored hash may claim, in KiB (at most 2 GiB). */
        public Builder maxVerifiedMemoryKib(int kib) {
            if (in("maxVerifiedMemoryKib", kib, 8, MAX_MEMORY_KIB)) {
                maxMemoryKib = kib;
            }
            return this;
        }

        /** The most passes a stored hash may claim (at most 100). */
        public Builder maxVerifiedIterations(int passes) {
            if (in("maxVerifiedIterations", passes, 1, MAX_ITERATIONS)) {
                maxIterations = passes;
            }
            return this;
        }

        /** The most lanes a stored hash may claim (at most 64). */
        public Builder maxVerifiedParallelism(int lanes) {
            if (in("maxVerifiedParallelism", lanes, 1, MAX_PARALLELISM)) {
                maxParallelism = lanes;
            }
            return this;
        }

        /** Builds the hasher. */
        public Argon2idPasswordHasher build() {
            Violations v = Violations.create().addAll(problems.list());
            if (memoryKib < 8 * parallelism) {
                v.add("memoryKib", SecurityMessages.BUNDLE, "hash.argon2", SEC_4);
            }
            if (maxMemoryKib != null && maxMemoryKib < memoryKib) {
                v.add("maxVerifiedMemoryKib", SecurityMessages.BUNDLE, "hash.ceiling", SEC_4, memoryKib);
            }
            if (maxIterations != null && maxIterations < iterations) {
                v.add("maxVerifiedIterations", SecurityMessages.BUNDLE, "hash.ceiling", SEC_4, iterations);
            }
            if (maxParallelism != null && maxParallelism < parallelism) {
                v.add("maxVerifiedParallelism", SecurityMessages.BUNDLE, "hash.ceiling", SEC_4, parallelism);
            }
            v.throwIfAny();
            return new Argon2idPasswordHasher(this);
        }
    }
}
