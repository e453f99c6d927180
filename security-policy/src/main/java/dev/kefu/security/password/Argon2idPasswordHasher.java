package dev.kefu.security.password;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
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
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}. Comparison is constant-time.
 *
 * <p>Bouncy Castle ({@code org.bouncycastle:bcprov-jdk18on}) is an optional dependency of
 * kefu-security-policy: a host that uses this class adds it; {@link Pbkdf2PasswordHasher} needs
 * nothing.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

    static final RuleId SEC_4 = RuleId.of("SEC-4");

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    private Argon2idPasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /** OWASP's minimum: m = 19 MiB, t = 2, p = 1. */
    public static Argon2idPasswordHasher owaspMinimum() {
        return new Argon2idPasswordHasher(19_456, 2, 1);
    }

    /**
     * Other parameters.
     *
     * @param memoryKib  memory in KiB, at least 8 × parallelism
     * @param iterations  at least 1
     * @param parallelism  at least 1
     * @return the hasher
     */
    public static Argon2idPasswordHasher of(int memoryKib, int iterations, int parallelism) {
        if (parallelism < 1 || iterations < 1 || memoryKib < 8 * parallelism) {
            Violations.create().add("parameters", SecurityMessages.BUNDLE, "hash.argon2", SEC_4).throwIfAny();
        }
        return new Argon2idPasswordHasher(memoryKib, iterations, parallelism);
    }

    @Override
    public String hash(char[] password) {
        EncodedHash.requirePassword(password);
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, memoryKib, iterations, parallelism, 32);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String encoded = "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + b64.encodeToString(salt) + "$" + b64.encodeToString(out);
        Arrays.fill(out, (byte) 0);
        return encoded;
    }

    @Override
    public boolean verify(char[] password, String encoded) {
        EncodedHash.requireArguments(password, encoded);
        String[] parts = encoded.split("\\$");
        int m;
        int t;
        int p;
        byte[] salt;
        byte[] expected;
        try {
            if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
                throw new IllegalArgumentException("format");
            }
            String[] params = parts[3].split(",");
            m = Integer.parseInt(params[0].substring(2));
            t = Integer.parseInt(params[1].substring(2));
            p = Integer.parseInt(params[2].substring(2));
            salt = Base64.getDecoder().decode(parts[4]);
            expected = Base64.getDecoder().decode(parts[5]);
            if (p < 1 || t < 1 || m < 8 * p || expected.length == 0) {
                throw new IllegalArgumentException("parameters");
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw EncodedHash.malformed();
        }
        byte[] actual = derive(password, salt, m, t, p, expected.length);
        boolean same = MessageDigest.isEqual(actual, expected);
        Arrays.fill(actual, (byte) 0);
        return same;
    }

    private static byte[] derive(char[] password, byte[] salt, int m, int t, int p, int length) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] pw = new byte[bytes.remaining()];
        bytes.get(pw);
        if (bytes.hasArray()) {
            Arrays.fill(bytes.array(), (byte) 0);
        }
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
}
