package dev.kefu.security.password;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * The one way kefu reads a password (SEC-3, SEC-4), used identically by the policy check, the
 * hashers, the history and verification:
 * <ol>
 *   <li><b>well-formed text</b>: an unpaired surrogate or a NUL character is malformed input
 *       ({@code PolicyInputException}), never silently replaced (a replacing encoder would turn
 *       {@code "Pass\uD800word1!"} into {@code "Pass?word1!"}; HMAC's zero padding would make
 *       {@code "!\u0000"} verify {@code "!"});</li>
 *   <li><b>Unicode normalisation NFKC</b> (NIST SP 800-63B §5.1.1.2 asks for NFKC or NFKD before
 *       hashing), so that a password typed on another keyboard or input method verifies;</li>
 *   <li><b>strict UTF-8</b> ({@link CodingErrorAction#REPORT}) for the bytes that are hashed.</li>
 * </ol>
 * Lengths are counted in code points of the normalised text. Already-normalised text (all ASCII,
 * most CJK) is never copied into a {@code String}; other text is normalised through one.
 */
final class PasswordText {

    static final RuleId SEC_4 = RuleId.of("SEC-4");

    private PasswordText() {
    }

    /**
     * Refuses malformed text: an unpaired surrogate or a NUL.
     *
     * @param password  the characters, not null
     * @param path  the property path to report
     * @param rule  the rule to report
     */
    static void requireWellFormed(char[] password, String path, RuleId rule) {
        if (!wellFormed(password)) {
            Violations.create().add(path, SecurityMessages.BUNDLE, "password.malformed", rule).throwIfAny();
        }
    }

    /** Whether the characters are well-formed UTF-16 without NUL. */
    static boolean wellFormed(char[] s) {
        for (int i = 0; i < s.length; i++) {
            char c = s[i];
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length || !Character.isLowSurrogate(s[i + 1])) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The NFKC form of well-formed characters, as a new array the caller clears.
     *
     * @param password  well-formed characters
     * @return a fresh array
     */
    static char[] normalize(char[] password) {
        if (ascii(password)) {
            return password.clone(); // ASCII text is always in NFKC
        }
        CharBuffer in = CharBuffer.wrap(password);
        if (Normalizer.isNormalized(in, Normalizer.Form.NFKC)) {
            return password.clone();
        }
        return Normalizer.normalize(in, Normalizer.Form.NFKC).toCharArray();
    }

    /**
     * The bytes hashed for a password: well-formed, NFKC, strict UTF-8.
     *
     * @param password  the password, not null
     * @return a fresh array the caller clears
     */
    static byte[] bytes(char[] password) {
        requireWellFormed(password, "password", SEC_4);
        char[] normal = normalize(password);
        try {
            CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(normal));
            byte[] out = Arrays.copyOfRange(buffer.array(), buffer.arrayOffset() + buffer.position(),
                    buffer.arrayOffset() + buffer.limit());
            Arrays.fill(buffer.array(), (byte) 0);
            return out;
        } catch (CharacterCodingException e) {
            Violations.create().add("password", SecurityMessages.BUNDLE, "password.malformed", SEC_4).throwIfAny();
            throw new AssertionError("unreachable", e);
        } finally {
            Arrays.fill(normal, '\0');
        }
    }

    private static boolean ascii(char[] s) {
        for (char c : s) {
            if (c >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The number of code points (a surrogate pair counts once). */
    static int codePoints(char[] s) {
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (!(Character.isLowSurrogate(s[i]) && i > 0 && Character.isHighSurrogate(s[i - 1]))) {
                n++;
            }
        }
        return n;
    }
}
