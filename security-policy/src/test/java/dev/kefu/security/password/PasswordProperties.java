package dev.kefu.security.password;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.validation.PolicyInputException;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class PasswordProperties {

    @Property(tries = 60)
    @Label("SEC-4 a hash always verifies its own password and never another")
    void verifies_own_only(@ForAll @StringLength(min = 1, max = 40) String password, @ForAll @StringLength(min = 1, max = 40) String other) {
        String h = PasswordStorageTest.FAST.hash(password.toCharArray());
        assertThat(PasswordStorageTest.FAST.verify(password.toCharArray(), h)).isTrue();
        if (!other.equals(password)) {
            assertThat(PasswordStorageTest.FAST.verify(other.toCharArray(), h)).isFalse();
        }
    }

    @Property(tries = 60)
    @Label("SEC-4 no message, exception or toString contains the password")
    void never_echoed(@ForAll @StringLength(min = 6, max = 30) String password) {
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
