package dev.kefu.archive;

import dev.kefu.core.validation.Violations;
import java.time.Instant;

/**
 * A verification of a rep's customer data (ARC-17: market inspectors verify before the
 * archivist builds an archive).
 *
 * @param by  who verified
 * @param at  when
 */
public record Verification(StaffMember by, Instant at) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing field */
    public Verification {
        Violations v = Violations.create();
        v.requireNonNull(by, "by", ArchiveRules.ARC_17);
        v.requireNonNull(at, "at", ArchiveRules.ARC_17);
        v.throwIfAny();
    }
}
