package dev.kefu.security.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.validation.PolicyInputException;
import dev.kefu.security.SecurityMessages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordStorageTest {

    static final Pbkdf2PasswordHasher FAST = Pbkdf2PasswordHasher.withIterations(1_000);

    @Test
    @DisplayName("SEC-4 passwords are stored hashed with a salt and their parameters, never in clear")
    void hashed_with_parameters() {
        char[] pw = "Tr0ub4dor&3x".toCharArray();
        String h1 = FAST.hash(pw);
        String h2 = FAST.hash(pw);
        assertThat(h1).startsWith("pbkdf2-sha256$1000$").doesNotContain("Tr0ub4dor");
        assertThat(h1).isNotEqualTo(h2);
        assertThat(FAST.verify(pw, h1)).isTrue();
        assertThat(FAST.verify("Tr0ub4dor&3y".toCharArray(), h1)).isFalse();
        assertThat(String.valueOf(pw)).as("the caller's array is not modified").isEqualTo("Tr0ub4dor&3x");
        assertThat(Pbkdf2PasswordHasher.standard().toString()).contains("600000");
        assertThat(Pbkdf2PasswordHasher.DEFAULT_ITERATIONS).isEqualTo(600_000);
    }

    @Test
    @DisplayName("SEC-4 the default hasher uses OWASP's 600,000 iterations and verifies hashes of other counts")
    void default_iterations() {
        Pbkdf2PasswordHasher standard = Pbkdf2PasswordHasher.standard();
        String h = standard.hash("correct horse".toCharArray());
        assertThat(h).startsWith("pbkdf2-sha256$600000$");
        assertThat(FAST.verify("correct horse".toCharArray(), h)).isTrue();
    }

    @Test
    @DisplayName("SEC-4 malformed input is refused without echoing it")
    void refusals() {
        assertThatThrownBy(() -> FAST.hash(new char[0])).isInstanceOf(PolicyInputException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> FAST.hash(null)).isInstanceOf(PolicyInputException.class);
        assertThatThrownBy(() -> FAST.verify("x".toCharArray(), "md5$secret-hash")).hasMessageContaining("encoded")
                .hasMessageNotContaining("secret-hash");
        assertThatThrownBy(() -> FAST.verify("x".toCharArray(), "pbkdf2-sha256$zz$AA$AA")).hasMessageContaining("encoded");
        assertThatThrownBy(() -> FAST.verify("x".toCharArray(), "pbkdf2-sha256$0$AA$AA")).hasMessageContaining("encoded");
        assertThatThrownBy(() -> FAST.verify(null, null)).hasMessageContaining("password").hasMessageContaining("encoded");
        assertThatThrownBy(() -> Pbkdf2PasswordHasher.withIterations(999)).hasMessageContaining("iterations");
    }

    @Test
    @DisplayName("SEC-3 the last N passwords may not be reused, checked against the hashes")
    void history() {
        PasswordHistory history = PasswordHistory.of(FAST, 3);
        List<String> previous = List.of(FAST.hash("one-Pass-1".toCharArray()), FAST.hash("two-Pass-2".toCharArray()),
                FAST.hash("three-Pass-3".toCharArray()), FAST.hash("four-Pass-4".toCharArray()));
        Decision<Boolean> reused = history.isFresh("two-Pass-2".toCharArray(), previous);
        assertThat(reused.outcome()).isFalse();
        assertThat(reused.explain(Locale.ENGLISH)).contains("last 3").doesNotContain("two-Pass-2");
        assertThat(history.isFresh("four-Pass-4".toCharArray(), previous).outcome()).as("older than N").isTrue();
        assertThat(history.isFresh("five-Pass-5".toCharArray(), previous).outcome()).isTrue();
        String fresh = FAST.hash("six-Pass-6".toCharArray());
        assertThat(history.after(fresh, previous)).hasSize(3).startsWith(fresh);
        assertThatThrownBy(() -> PasswordHistory.of(null, 0)).hasMessageContaining("hasher").hasMessageContaining("remembered");
        assertThatThrownBy(() -> history.isFresh(null, null)).isInstanceOf(PolicyInputException.class);
        assertThat(SecurityMessages.BUNDLE.keys(Locale.CHINA)).isEqualTo(SecurityMessages.BUNDLE.keys(Locale.ENGLISH));
    }
}
