package dev.kefu.complaints;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;

/** Checks of host-chosen names (levels, ranks) and free text. */
final class HostName {

    /** The longest name accepted. */
    static final int MAX_LENGTH = 128;

    private HostName() {
    }

    /** Whether a name is printable: not blank, no control or invisible formatting characters. */
    static boolean printable(String s) {
        if (s == null || s.isBlank()) {
            return false;
        }
        boolean visible = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED) {
                return false;
            }
            if (type != Character.FORMAT && !Character.isWhitespace(cp)) {
                visible = true;
            }
            i += Character.charCount(cp);
        }
        return visible;
    }

    static String check(String value, String path, RuleId rule) {
        Violations v = Violations.create();
        if (!printable(value)) {
            v.add(path, ComplaintsMessages.BUNDLE, "name.invalid", rule);
        } else if (value.length() > MAX_LENGTH) {
            v.add(path, "id.length", rule, MAX_LENGTH);
        }
        v.throwIfAny();
        return value;
    }
}
