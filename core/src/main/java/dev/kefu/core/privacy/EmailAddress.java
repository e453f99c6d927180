package dev.kefu.core.privacy;

import dev.kefu.core.validation.Violations;
import java.util.regex.Pattern;

/** An e-mail address, shown as {@code z***@example.com}. */
public final class EmailAddress extends PersonalData {

    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddress(String value) {
        super(value);
    }

    /**
     * Obtains an e-mail address.
     *
     * @param text  the address, not null
     * @return the address, not null
     * @throws dev.kefu.core.validation.PolicyInputException if it is not of the form
     *     {@code local@domain.tld} (the message never repeats it)
     */
    public static EmailAddress of(String text) {
        String v = text == null ? null : text.trim();
        if (v == null || v.length() > 254 || !FORM.matcher(v).matches()) {
            Violations.create().add("email", "privacy.email", null).throwIfAny();
        }
        return new EmailAddress(v);
    }

    @Override
    public String masked() {
        return Masking.email(value());
    }
}
