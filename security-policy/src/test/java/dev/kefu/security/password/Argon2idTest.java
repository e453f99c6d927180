package dev.kefu.security.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.validation.PolicyInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Argon2idTest {

    @Test
    @DisplayName("SEC-4 Argon2id hashes in PHC format with OWASP's minimum parameters and verifies only its own password")
    void argon2id() {
        Argon2idPasswordHasher h = Argon2idPasswordHasher.owaspMinimum();
        String encoded = h.hash("correct horse battery".toCharArray());
        assertThat(encoded).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("horse");
        assertThat(h.verify("correct horse battery".toCharArray(), encoded)).isTrue();
        assertThat(h.verify("correct horse battery!".toCharArray(), encoded)).isFalse();
        assertThat(h.toString()).contains("m=19456");
    }

    @Test
    @DisplayName("SEC-4 Argon2id agrees with an independent computation and verifies other parameters")
    void interoperates() {
        Argon2idPasswordHasher small = Argon2idPasswordHasher.of(64, 1, 1);
        // the OWASP-minimum hasher verifies it too: m = 64 KiB is within its accepted range
        byte[] salt = "somesaltsomesalt".getBytes(StandardCharsets.US_ASCII);
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(64).withIterations(1).withParallelism(1).withSalt(salt).build());
        byte[] out = new byte[32];
        gen.generateBytes("pässword".getBytes(StandardCharsets.UTF_8), out);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String phc = "$argon2id$v=19$m=64,t=1,p=1$" + b64.encodeToString(salt) + "$" + b64.encodeToString(out);
        assertThat(small.verify("pässword".toCharArray(), phc)).isTrue();
        assertThat(Argon2idPasswordHasher.owaspMinimum().verify("pässword".toCharArray(), phc)).isTrue();
        assertThatThrownBy(() -> small.verify("x".toCharArray(), "$argon2i$v=19$m=64,t=1,p=1$AA$AA")).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> small.verify("x".toCharArray(), "$argon2id$v=19$m=4,t=1,p=1$AA$AA")).hasMessageContaining("encoded");
        assertThatThrownBy(() -> Argon2idPasswordHasher.of(4, 0, 0)).hasMessageContaining("memoryKib").hasMessageContaining("iterations")
                .hasMessageContaining("parallelism");
        assertThatThrownBy(() -> small.hash(new char[0])).hasMessageContaining("password");
    }
}
