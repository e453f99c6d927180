package dev.kefu.core.privacy;

import dev.kefu.core.validation.Violations;
import java.util.regex.Pattern;

/**
 * A mainland-China mobile number (11 digits, starting 13–19), shown as {@code 138****1234}.
 */
public final class MobileNumber extends PersonalData {

    private static final Pattern FORM = Pattern.compile("1[3-9][0-9]{9}");

    private MobileNumber(String value) {
        super(value);
    }

    /**
     * Obtains a mobile number; spaces, hyphens and a leading {@code +86} are removed.
     *
     * @param text  the number, not null
     * @return the number, not null
     * @throws dev.kefu.core.validation.PolicyInputException if it is not a mainland mobile
     *     number (the message never repeats it)
     */
    public static MobileNumber of(String text) {
        String digits = text == null ? null : text.replaceAll("[\\s-]", "").replaceFirst("^\\+86", "");
        if (digits == null || !FORM.matcher(digits).matches()) {
            Violations.create().add("mobile", "privacy.mobile", null).throwIfAny();
        }
        return new MobileNumber(digits);
    }

    @Override
    public String masked() {
        return Masking.mobile(value());
    }
}
