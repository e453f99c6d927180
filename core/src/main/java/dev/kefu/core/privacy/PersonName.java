package dev.kefu.core.privacy;

import dev.kefu.core.validation.Violations;

/** A personal name (of a contact, an owner, a manager), shown as {@code 张*三}. */
public final class PersonName extends PersonalData {

    private PersonName(String value) {
        super(value);
    }

    /**
     * Obtains a name.
     *
     * @param text  the name, not blank, at most 64 characters
     * @return the name, not null
     * @throws dev.kefu.core.validation.PolicyInputException if blank or too long
     */
    public static PersonName of(String text) {
        String v = text == null ? null : text.strip();
        if (v == null || v.isEmpty() || v.length() > 4 * 64 || v.codePointCount(0, v.length()) > 64) {
            Violations.create().add("name", "privacy.name", null).throwIfAny();
        }
        if (!Masking.isVisibleText(v)) {
            Violations.create().add("name", "text.invisible", null).throwIfAny();
        }
        return new PersonName(v);
    }

    @Override
    public String masked() {
        return Masking.personName(value());
    }
}
