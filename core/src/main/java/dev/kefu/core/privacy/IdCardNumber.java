package dev.kefu.core.privacy;

import dev.kefu.core.validation.Violations;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * An 18-character resident identity card number (居民身份证号码, GB 11643-1999), validated by
 * its ISO 7064 MOD 11-2 check character and its date of birth, shown as
 * {@code 110***********123X}.
 */
public final class IdCardNumber extends PersonalData {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private IdCardNumber(String value) {
        super(value);
    }

    /**
     * Obtains an ID-card number; a lower-case {@code x} check character is accepted.
     *
     * @param text  the number, not null
     * @return the number, not null
     * @throws dev.kefu.core.validation.PolicyInputException if it is not 17 digits and a check
     *     character, the check character is wrong, or the date of birth is not a date (the
     *     message never repeats the number)
     */
    public static IdCardNumber of(String text) {
        return of(text, java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai")));
    }

    /**
     * Obtains an ID-card number, judging the date of birth against a clock: a date of birth
     * before 1900 or after today is refused. Hosts that test with a fixed clock pass it here;
     * {@link #of(String)} uses the system clock in {@code Asia/Shanghai}.
     *
     * @param text  the 18-character number, not null
     * @param clock  the clock that says what today is, not null
     * @return the number, not null
     * @throws dev.kefu.core.validation.PolicyInputException as {@link #of(String)}, or if the
     *     date of birth is before 1900 or in the future (the message never repeats the number)
     */
    public static IdCardNumber of(String text, java.time.Clock clock) {
        Violations.nonNull(clock, "clock", null);
        String v = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
        Violations violations = Violations.create();
        if (!v.matches("[0-9]{17}[0-9X]")) {
            violations.add("idCard", "privacy.idCard.form", null);
        } else if (checkCharacter(v) != v.charAt(17)) {
            violations.add("idCard", "privacy.idCard.checksum", null);
        } else if (!validBirthDate(v)) {
            violations.add("idCard", "privacy.idCard.birthDate", null);
        } else if (birthDateOf(v).getYear() < 1900) {
            violations.add("idCard", "privacy.idCard.tooOld", null);
        } else if (birthDateOf(v).isAfter(LocalDate.now(clock))) {
            violations.add("idCard", "privacy.idCard.future", null);
        }
        violations.throwIfAny();
        return new IdCardNumber(v);
    }

    /** The check character of the first 17 digits. */
    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static boolean validBirthDate(String v) {
        try {
            LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static LocalDate birthDateOf(String v) {
        return LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                Integer.parseInt(v.substring(12, 14)));
    }

    /** The date of birth encoded in the number. */
    public LocalDate birthDate() {
        String v = value();
        return LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                Integer.parseInt(v.substring(12, 14)));
    }

    @Override
    public String masked() {
        return Masking.idCard(value());
    }
}
