package dev.kefu.sales.floor;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;

/**
 * A role the host names, such as the approver of an exchange outside principle (EST-4) or of a
 * refund before signing (EST-7), with its label in Chinese and English for explanations.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param chinese  the Chinese label, such as {@code 销售经理}, not blank
 * @param english  the English label, such as {@code sales manager}, not blank
 */
public record RoleLabel(String chinese, String english) {

    /**
     * Obtains a role label.
     *
     * @throws dev.kefu.core.validation.PolicyInputException if a label is null or blank
     */
    public RoleLabel {
        Violations v = Violations.create();
        RuleId none = null;
        FloorTexts.requireText(v, chinese, "chinese", none);
        FloorTexts.requireText(v, english, "english", none);
        v.throwIfAny();
    }

    /**
     * Obtains a role label.
     *
     * @param chinese  the Chinese label, not blank
     * @param english  the English label, not blank
     * @return the label, not null
     * @throws dev.kefu.core.validation.PolicyInputException if a label is null or blank
     */
    public static RoleLabel of(String chinese, String english) {
        return new RoleLabel(chinese, english);
    }
}
