package dev.kefu.security.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.validation.PolicyInputException;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordHardeningTest {

    static final Pbkdf2PasswordHasher FAST = PasswordStorageTest.FAST;
    static final String SALT16 = Base64.getEncoder().withoutPadding().encodeToString(new byte[16]);
    static final String KEY32 = Base64.getEncoder().withoutPadding().encodeToString(new byte[32]);

    @Test
    @DisplayName("SEC-4 NIST SP 800-63B: passwords are NFKC-normalised before hashing, so equivalent forms verify")
    void nfkc() {
        String h = FAST.hash("\uFB01le-Pass9".toCharArray());
        assertThat(FAST.verify("file-Pass9".toCharArray(), h)).isTrue();
        String composed = FAST.hash("caf\u00E9-Pass9".toCharArray());
        assertThat(FAST.verify("cafe\u0301-Pass9".toCharArray(), composed)).as("decomposed é").isTrue();
        assertThat(FAST.verify("\uFF21bc-Pass9".toCharArray(), FAST.hash("Abc-Pass9".toCharArray()))).as("full-width A").isTrue();
        assertThat(FAST.verify("cafe-Pass9".toCharArray(), composed)).isFalse();
        Argon2idPasswordHasher small = Argon2idPasswordHasher.of(64, 1, 1);
        assertThat(small.verify("file-Pass9".toCharArray(), small.hash("\uFB01le-Pass9".toCharArray()))).isTrue();
    }

    @Test
    @DisplayName("SEC-3 NIST SP 800-63B: 64 characters are allowed, longer is TOO_LONG with a clear reason; lengths count code points")
    void maximum_length() {
        PasswordPolicy p = PasswordPolicy.regulation();
        char[] sixtyFour = "Qz7#".repeat(16).toCharArray();
        assertThat(p.check(sixtyFour, AccountClass.IMPORTANT, PasswordContext.NONE).outcome().violations()).doesNotContain("TOO_LONG");
        char[] sixtyFive = ("Qz7#".repeat(16) + "x").toCharArray();
        Decision<PasswordCheck> tooLong = p.check(sixtyFive, AccountClass.IMPORTANT, PasswordContext.NONE);
        assertThat(tooLong.outcome().violations()).containsExactly("TOO_LONG");
        assertThat(tooLong.explain(Locale.ENGLISH)).contains("at most 64 characters");
        assertThat(tooLong.explain(Locale.CHINA)).contains("最多 64 个字符");
        char[] emoji = "🐼".repeat(64).toCharArray();
        assertThat(p.check(emoji, AccountClass.IMPORTANT, PasswordContext.NONE).outcome().violations()).as("128 UTF-16 units, 64 characters")
                .doesNotContain("TOO_LONG", "TOO_SHORT");
        assertThat(p.check("🐼🍜🚄🎋🧧🐼🍜🚄🎋".toCharArray(), AccountClass.IMPORTANT, PasswordContext.NONE).outcome().violations())
                .as("nine characters are more than 8").doesNotContain("TOO_SHORT");
        assertThat(PasswordPolicy.builder().maxLength(128).build().check(sixtyFive, AccountClass.IMPORTANT, PasswordContext.NONE)
                .outcome().violations()).doesNotContain("TOO_LONG");
        assertThatThrownBy(() -> PasswordPolicy.builder().maxLength(63).maxLength(1025).minLength(AccountClass.IMPORTANT, 65).build())
                .isInstanceOf(PolicyInputException.class).satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(3));
    }

    @Test
    @DisplayName("SEC-3 malformed text is refused by the policy check exactly as by the hashers")
    void malformed_in_policy() {
        assertThatThrownBy(() -> PasswordPolicy.regulation().check("Pass\uD800word1!".toCharArray(), AccountClass.ORDINARY, PasswordContext.NONE))
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> PasswordPolicy.regulation().check("Pass\u0000word1!".toCharArray(), AccountClass.ORDINARY, PasswordContext.NONE))
                .isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> PasswordHistory.of(FAST, 2).isFresh("\uDC00".toCharArray(), java.util.List.of()))
                .isInstanceOf(PolicyInputException.class);
    }

    @Test
    @DisplayName("SEC-4 needsRehash: a stored hash made with other parameters is upgraded at the next login")
    void needs_rehash() {
        String old = FAST.hash("Old-Pass-1".toCharArray());
        assertThat(FAST.needsRehash(old)).isFalse();
        assertThat(Pbkdf2PasswordHasher.standard().needsRehash(old)).isTrue();
        assertThat(Pbkdf2PasswordHasher.standard().needsRehash("pbkdf2-sha256$600000$" + SALT16 + "$" + KEY32)).isFalse();
        assertThat(Pbkdf2PasswordHasher.standard().needsRehash("pbkdf2-sha256$600000$"
                + Base64.getEncoder().withoutPadding().encodeToString(new byte[32]) + "$" + KEY32)).as("a longer salt").isTrue();
        assertThatThrownBy(() -> FAST.needsRehash("nonsense")).isInstanceOf(PolicyInputException.class);
        Argon2idPasswordHasher small = Argon2idPasswordHasher.of(64, 1, 1);
        String a = small.hash("Old-Pass-1".toCharArray());
        assertThat(small.needsRehash(a)).isFalse();
        assertThat(Argon2idPasswordHasher.owaspMinimum().needsRehash(a)).isTrue();
        assertThat(Argon2idPasswordHasher.of(64, 2, 1).needsRehash(a)).isTrue();
        assertThat(Argon2idPasswordHasher.of(128, 1, 1).needsRehash(a)).isTrue();
        assertThat(Argon2idPasswordHasher.builder().memoryKib(64).iterations(1).parallelism(2).maxVerifiedParallelism(2).build()
                .needsRehash(a)).isTrue();
    }

    @Test
    @DisplayName("SEC-4 stored parameters are checked against the configured bounds before anything is computed")
    void stored_bounds() {
        assertThatThrownBy(() -> FAST.verify("pw".toCharArray(), "pbkdf2-sha256$600001$" + SALT16 + "$" + KEY32))
                .hasMessageContaining("encoded.iterations").hasMessageContaining("1,000 to 600,000");
        Pbkdf2PasswordHasher wide = Pbkdf2PasswordHasher.builder().iterations(1_000).maxVerifiedIterations(2_000).build();
        assertThatThrownBy(() -> wide.verify("pw".toCharArray(), "pbkdf2-sha256$2001$" + SALT16 + "$" + KEY32)).hasMessageContaining("iterations");
        assertThat(wide.verify("pw".toCharArray(), "pbkdf2-sha256$2000$" + SALT16 + "$" + KEY32)).isFalse();
        assertThatThrownBy(() -> FAST.verify("pw".toCharArray(), "pbkdf2-sha256$01000$" + SALT16 + "$" + KEY32)).hasMessageContaining("encoded");
        assertThatThrownBy(() -> FAST.verify("pw".toCharArray(), "pbkdf2-sha256$+1000$" + SALT16 + "$" + KEY32)).hasMessageContaining("encoded");
        assertThatThrownBy(() -> FAST.verify("pw".toCharArray(), "pbkdf2-sha256$1000$" + SALT16.substring(4) + "$" + KEY32))
                .hasMessageContaining("encoded.salt");
        assertThatThrownBy(() -> FAST.verify("pw".toCharArray(), "pbkdf2-sha256$1000$" + SALT16 + "$" + KEY32.substring(4)))
                .hasMessageContaining("encoded.hash");
        assertThatThrownBy(() -> FAST.verify("pw".toCharArray(), "pbkdf2-sha256$1000$" + SALT16 + "$" + KEY32 + "$x")).hasMessageContaining("encoded");
        assertThatThrownBy(() -> FAST.verify("pw".toCharArray(), "pbkdf2-sha256$1000$" + "A".repeat(600))).hasMessageContaining("encoded");
        assertThatThrownBy(() -> FAST.verify("pw".toCharArray(), "pbkdf2-sha256$1000$!!$" + KEY32)).hasMessageContaining("encoded");
        assertThatThrownBy(() -> FAST.verify(new char[0], "pbkdf2-sha256$1000$" + SALT16 + "$" + KEY32)).hasMessageContaining("password");
        Argon2idPasswordHasher owasp = Argon2idPasswordHasher.owaspMinimum();
        assertThatThrownBy(() -> owasp.verify("pw".toCharArray(), "$argon2id$v=19$m=47105,t=2,p=1$" + SALT16 + "$" + KEY32))
                .hasMessageContaining("encoded.m");
        assertThatThrownBy(() -> owasp.verify("pw".toCharArray(), "$argon2id$v=19$m=19456,t=6,p=1$" + SALT16 + "$" + KEY32))
                .hasMessageContaining("encoded.t");
        assertThatThrownBy(() -> owasp.verify("pw".toCharArray(), "$argon2id$v=19$m=19456,t=2,p=2$" + SALT16 + "$" + KEY32))
                .hasMessageContaining("encoded.p");
        assertThatThrownBy(() -> owasp.verify("pw".toCharArray(), "$argon2id$v=16$m=19456,t=2,p=1$" + SALT16 + "$" + KEY32))
                .hasMessageContaining("encoded");
        assertThatThrownBy(() -> owasp.verify("pw".toCharArray(), "x$argon2id$v=19$m=19456,t=2,p=1$" + SALT16 + "$" + KEY32))
                .hasMessageContaining("encoded");
        assertThatThrownBy(() -> owasp.verify("pw".toCharArray(), "$argon2id$v=19$m=19456,t=2$" + SALT16 + "$" + KEY32))
                .hasMessageContaining("encoded");
        assertThatThrownBy(() -> owasp.verify("pw".toCharArray(), "$argon2id$v=19$m=19456,t=2,p=1$" + SALT16 + "$"
                + Base64.getEncoder().withoutPadding().encodeToString(new byte[65]))).hasMessageContaining("encoded.hash");
        assertThatThrownBy(() -> owasp.verify("pw".toCharArray(), "$argon2id$v=19$m=19456,t=2,p=1$"
                + Base64.getEncoder().withoutPadding().encodeToString(new byte[65]) + "$" + KEY32)).hasMessageContaining("encoded.salt");
        owasp.requireValid("$argon2id$v=19$m=19456,t=2,p=1$" + SALT16 + "$" + KEY32);
        FAST.requireValid("pbkdf2-sha256$1000$" + SALT16 + "$" + KEY32);
    }

    @Test
    @DisplayName("SEC-4 hasher factories refuse absurd settings, naming each with its bounds")
    void absurd_settings() {
        assertThatThrownBy(() -> Pbkdf2PasswordHasher.builder().iterations(999).maxVerifiedIterations(10_000_001).build())
                .isInstanceOf(PolicyInputException.class).hasMessageContaining("iterations").hasMessageContaining("maxVerifiedIterations")
                .hasMessageContaining("1,000 and 10,000,000");
        assertThatThrownBy(() -> Pbkdf2PasswordHasher.builder().iterations(5_000).maxVerifiedIterations(4_000).build())
                .hasMessageContaining("at least the hasher's own value 5,000");
        assertThat(Pbkdf2PasswordHasher.builder().iterations(10_000_000).build().toString()).contains("10000000 iterations");
        assertThatThrownBy(() -> Argon2idPasswordHasher.of(2 * 1024 * 1024 + 1, 101, 65)).satisfies(e ->
                assertThat(((PolicyInputException) e).violations()).hasSize(3));
        assertThatThrownBy(() -> Argon2idPasswordHasher.of(8, 1, 2)).hasMessageContaining("memoryKib");
        assertThatThrownBy(() -> Argon2idPasswordHasher.builder().memoryKib(1024).iterations(3).parallelism(2)
                .maxVerifiedMemoryKib(512).maxVerifiedIterations(2).maxVerifiedParallelism(1).build())
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(3));
        assertThatThrownBy(() -> Argon2idPasswordHasher.builder().maxVerifiedMemoryKib(0).maxVerifiedIterations(0).maxVerifiedParallelism(0).build())
                .satisfies(e -> assertThat(((PolicyInputException) e).violations()).hasSize(3));
        assertThat(Argon2idPasswordHasher.of(2 * 1024 * 1024, 100, 64).toString()).contains("m=2097152,t=100,p=64");
    }
}
