package dev.kefu.archive;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.util.Optional;

/**
 * Whether the archivist may build an archive from a rep's data (ARC-17): only after a market
 * inspector has verified it, and the inspector must not be the rep who collected it.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class ArchiveAdmission {

    static final RuleId ARC_17 = RuleId.of("ARC-17");

    private ArchiveAdmission() {
    }

    /**
     * Decides whether a rep's data may become an archive.
     *
     * @param collectedBy  the rep who collected the data, not null
     * @param verifiedBy  the market inspector who verified it, if anyone, not null
     * @return a decision whose outcome is true when the archive may be built
     */
    public static Decision<Boolean> check(EmployeeId collectedBy, Optional<EmployeeId> verifiedBy) {
        Violations v = Violations.create();
        v.requireNonNull(collectedBy, "collectedBy", ARC_17);
        v.requireNonNull(verifiedBy, "verifiedBy", ARC_17);
        v.throwIfAny();
        if (verifiedBy.isEmpty()) {
            return Decision.of(false, Reason.of(ARC_17, ArchiveMessages.BUNDLE, "admission.unverified", collectedBy));
        }
        if (verifiedBy.get().equals(collectedBy)) {
            return Decision.of(false, Reason.of(ARC_17, ArchiveMessages.BUNDLE, "admission.selfVerified", collectedBy));
        }
        return Decision.of(true, Reason.of(ARC_17, ArchiveMessages.BUNDLE, "admission.ok", verifiedBy.get()));
    }
}
