package dev.kefu.security.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.validation.PolicyInputException;
import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class PasswordProperties {

    /** Text with the hard cases mixed in: unpaired surrogates, NUL, combining marks, compatibility forms, emoji, CJK. */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("\uD800", "\uDBFF", "\uDC00", "\u0000", "?", "\u0301", "e\u0301", "\u00E9", "\uFB01", "fi", "\u2460", "1",
                        "\uFF21", "A", "\uD83D\uDC3C", "密码", "\u200B"));
        return pieces.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l));
    }

    static boolean wellFormed(String s) {
        return PasswordText.wellFormed(s.toCharArray());
    }

    @Property(tries = 120)
    @Label("SEC-4 a hash verifies only its own password: distinct (after NFKC) passwords never verify, malformed text is refused")
    void verifies_own_only(@ForAll("hostile") String a, @ForAll("hostile") String b) {
        if (!wellFormed(a)) {
            assertThatThrownBy(() -> PasswordStorageTest.FAST.hash(a.toCharArray())).isInstanceOf(PolicyInputException.class);
            return;
        }
        String h = PasswordStorageTest.FAST.hash(a.toCharArray());
        assertThat(PasswordStorageTest.FAST.verify(a.toCharArray(), h)).isTrue();
        if (!wellFormed(b)) {
            assertThatThrownBy(() -> PasswordStorageTest.FAST.verify(b.toCharArray(), h)).isInstanceOf(PolicyInputException.class);
            return;
        }
        boolean same = Normalizer.normalize(a, Normalizer.Form.NFKC).equals(Normalizer.normalize(b, Normalizer.Form.NFKC));
        assertThat(PasswordStorageTest.FAST.verify(b.toCharArray(), h)).isEqualTo(same);
    }

    @Property(tries = 25)
    @Label("SEC-4 Argon2id: distinct (after NFKC) passwords never verify, malformed text is refused")
    void argon2_verifies_own_only(@ForAll("hostile") String a, @ForAll("hostile") String b) {
        Argon2idPasswordHasher small = Argon2idPasswordHasher.of(64, 1, 1);
        if (!wellFormed(a)) {
            assertThatThrownBy(() -> small.hash(a.toCharArray())).isInstanceOf(PolicyInputException.class);
            return;
        }
        String h = small.hash(a.toCharArray());
        if (!wellFormed(b)) {
            assertThatThrownBy(() -> small.verify(b.toCharArray(), h)).isInstanceOf(PolicyInputException.class);
            return;
        }
        boolean same = Normalizer.normalize(a, Normalizer.Form.NFKC).equals(Normalizer.normalize(b, Normalizer.Form.NFKC));
        assertThat(small.verify(b.toCharArray(), h)).isEqualTo(same);
    }

    @Property(tries = 60)
    @Label("SEC-4 no message, exception or toString contains the password")
    void never_echoed(@ForAll @StringLength(min = 6, max = 30) String password) {
        if (!wellFormed(password)) {
            assertThatThrownBy(() -> PasswordStorageTest.FAST.hash(password.toCharArray())).isInstanceOf(PolicyInputException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(password));
            return;
        }
        String h = PasswordStorageTest.FAST.hash(password.toCharArray());
        assertThat(h).doesNotContain(password);
        assertThat(PasswordPolicy.regulation().check(password.toCharArray(), AccountClass.IMPORTANT, PasswordContext.NONE)
                .explain(Locale.ENGLISH)).doesNotContain(password);
        assertThat(PasswordPolicy.regulation().check(password.toCharArray(), AccountClass.IMPORTANT, PasswordContext.NONE)
                .outcome().toString()).doesNotContain(password);
        assertThat(PasswordHistory.of(PasswordStorageTest.FAST, 2).isFresh(password.toCharArray(), java.util.List.of(h)).explain(Locale.ENGLISH))
                .doesNotContain(password);
        try {
            PasswordStorageTest.FAST.verify(password.toCharArray(), "x" + password);
        } catch (PolicyInputException e) {
            assertThat(e.getMessage()).doesNotContain(password);
            assertThat(e.getMessage(Locale.CHINA)).doesNotContain(password);
            assertThat(e.toString()).doesNotContain(password);
        }
    }
}
