package dev.kefu.core.decision;

import java.util.Locale;

/**
 * A value a person reads by its label, not its constant name (CORE-DEC-1): roles, offence
 * codes, statuses, grades, incident kinds and reasons shown in explanations. Enums that
 * implement it are rendered through {@link #label(Locale)} by {@link MessageBundle#format}.
 */
public interface Labelled {

    /**
     * The label in a language: Simplified Chinese for a {@code zh} locale, English otherwise.
     *
     * @param locale  the caller's locale, null means English
     * @return the label, not null
     */
    String label(Locale locale);
}
