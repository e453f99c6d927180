package dev.kefu.examples;

import dev.kefu.security.password.AccountClass;
import dev.kefu.security.password.PasswordContext;
import dev.kefu.security.password.PasswordPolicy;
import dev.kefu.security.password.Pbkdf2PasswordHasher;
import java.util.Arrays;
import java.util.Locale;

/** The least code to check and store a password with kefu-security-policy (SEC-3, SEC-4). */
public final class SecuritySample {

    private SecuritySample() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        char[] password = "qwer1234zhang".toCharArray();
        System.out.println(PasswordPolicy.regulation().check(password, AccountClass.IMPORTANT, PasswordContext.account("zhang"))
                .explain(Locale.ENGLISH));
        char[] better = "Vk9#mQ2x-tRl".toCharArray();
        String stored = Pbkdf2PasswordHasher.standard().hash(better);
        System.out.println("stored: " + stored.substring(0, stored.indexOf('$', 15)) + "$…");
        Arrays.fill(password, '\0');
        Arrays.fill(better, '\0');
    }
}
