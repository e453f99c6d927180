package dev.kefu.archive.custody;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;

/**
 * Checks a destruction (ARC-13): documents no longer kept are destroyed, never thrown away;
 * confidential ones are shredded.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class DestructionPolicy {

    static final RuleId ARC_13 = RuleId.of("ARC-13");

    private DestructionPolicy() {
    }

    /**
     * Whether a destruction complies with ARC-13.
     *
     * @param record  the destruction, not null
     * @return a decision whose outcome is true when the method is allowed
     */
    public static Decision<Boolean> check(DestructionRecord record) {
        if (record.method() == DestructionMethod.DISCARDED) {
            return Decision.of(false, Reason.of(ARC_13, ArchiveMessages.BUNDLE, "destruction.discarded", record.documentReference()));
        }
        if (record.confidential() && record.method() != DestructionMethod.SHREDDED) {
            return Decision.of(false, Reason.of(ARC_13, ArchiveMessages.BUNDLE, "destruction.confidential",
                    record.documentReference(), record.method()));
        }
        return Decision.of(true, Reason.of(ARC_13, ArchiveMessages.BUNDLE, "destruction.ok", record.documentReference(), record.method()));
    }
}
