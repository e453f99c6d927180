package dev.kefu.archive.grading;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;

/**
 * What a grade means for managing the customer, as the company sets it (ARC-5: grades drive
 * channel management, sales management and receivables collection 货款回收).
 *
 * @param channel  channel management, such as "direct key-account service"
 * @param sales  sales management, such as "monthly visit by the rep and the manager"
 * @param receivables  receivables collection, such as "monthly statement, 30 days"
 */
public record GradeConsequences(String channel, String sales, String receivables) {

    /** @throws dev.kefu.core.validation.PolicyInputException if any is blank */
    public GradeConsequences {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("ARC-5");
        if (channel == null || channel.isBlank()) {
            v.add("channel", "required", rule);
        }
        if (sales == null || sales.isBlank()) {
            v.add("sales", "required", rule);
        }
        if (receivables == null || receivables.isBlank()) {
            v.add("receivables", "required", rule);
        }
        v.throwIfAny();
    }
}
