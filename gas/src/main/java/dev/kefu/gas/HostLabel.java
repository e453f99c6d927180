package dev.kefu.gas;

import dev.kefu.core.validation.Violations;

/**
 * A name the host gives to something the regulation leaves open (a tariff line, a procedure),
 * shown in explanations in both languages.
 *
 * @param code  the host's key, not blank
 * @param zh  the Simplified Chinese text, not blank
 * @param en  the English text, not blank
 */
public record HostLabel(String code, String zh, String en) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every blank part */
    public HostLabel {
        Violations v = Violations.create();
        if (code == null || code.isBlank()) {
            v.add("code", "required", null);
        }
        if (zh == null || zh.isBlank()) {
            v.add("zh", "required", null);
        }
        if (en == null || en.isBlank()) {
            v.add("en", "required", null);
        }
        v.throwIfAny();
    }

    /**
     * Obtains a label.
     *
     * @param code  the host's key
     * @param zh  the Chinese text
     * @param en  the English text
     * @return the label
     */
    public static HostLabel of(String code, String zh, String en) {
        return new HostLabel(code, zh, en);
    }
}
