package dev.kefu.core.id;

import dev.kefu.core.validation.Violations;

/**
 * An identifier of one kind of thing (a customer, an employee, a department …), so that a
 * {@code CustomerId} cannot be passed where an {@code EmployeeId} is expected.
 *
 * <p>Values are the host's own keys, kept verbatim; they must not be blank and must not be
 * longer than {@value #MAX_LENGTH} characters. Identifiers should be opaque keys, never
 * personal data such as a mobile number or an ID-card number.
 */
public interface TypedId {

    /** The longest value accepted. */
    int MAX_LENGTH = 128;

    /** The host's key. */
    String value();

    /**
     * Checks a candidate value.
     *
     * @param value  the value
     * @param kind  the kind, for the message, such as {@code "customerId"}
     * @return the value
     * @throws dev.kefu.core.validation.PolicyInputException if null, blank or too long
     */
    static String check(String value, String kind) {
        Violations v = Violations.create();
        if (value == null || value.isBlank()) {
            v.add(kind, "id.blank", null);
        } else if (value.length() > 4 * MAX_LENGTH || value.codePointCount(0, value.length()) > MAX_LENGTH) {
            v.add(kind, "id.length", null, MAX_LENGTH); // counted in characters (code points), not UTF-16 units
        } else if (!dev.kefu.core.privacy.Masking.isVisibleText(value)) {
            v.add(kind, "text.invisible", null);
        }
        v.throwIfAny();
        return value;
    }
}
