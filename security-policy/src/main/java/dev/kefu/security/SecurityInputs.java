package dev.kefu.security;

import java.util.Collection;
import java.util.Map;

/** Input checks shared by the module's packages (not part of the host API). */
public final class SecurityInputs {

    private SecurityInputs() {
    }

    /** Whether a collection is null or holds a null (safe on immutable collections, which throw on {@code contains(null)}). */
    public static boolean nullOrHasNull(Collection<?> values) {
        if (values == null) {
            return true;
        }
        for (Object o : values) {
            if (o == null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a map is null or holds a null key or value. */
    public static boolean nullOrHasNull(Map<?, ?> values) {
        if (values == null) {
            return true;
        }
        for (Map.Entry<?, ?> e : values.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                return true;
            }
        }
        return false;
    }
}
