package dev.kefu.security.password;

import java.util.List;

/**
 * The result of a password check (SEC-3): valid, or every violated rule as a stable code.
 * It never holds the password.
 *
 * @param valid  whether every rule is met
 * @param violations  the codes of the violated rules, in the order checked: TOO_LONG (alone: nothing else is checked), TOO_SHORT, SEQUENCE,
 *     KEYBOARD_WALK, REPEAT, PERSONAL_DATA, COMMON_PASSWORD, DATE, CHARACTER_CLASSES
 */
public record PasswordCheck(boolean valid, List<String> violations) {
}
