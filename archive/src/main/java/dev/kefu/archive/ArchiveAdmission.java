package dev.kefu.archive;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the archivist may build an archive from a rep's data (ARC-17): only after a market
 * inspector (市场稽查) has verified it. A verification counts when it was made by someone acting
 * as {@link ArchiveRole#MARKET_INSPECTOR}, who is not the rep who collected the data, no later
 * than the moment the archive is built; the archive is built by someone acting as
 * {@link ArchiveRole#ARCHIVIST}.
 * <pre>{@code
 * Decision<AdmissionOutcome> d = ArchiveAdmission.check(rep, List.of(new Verification(inspector, at)), archivist, now);
 * }</pre>
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class ArchiveAdmission {

    private ArchiveAdmission() {
    }

    /**
     * Decides whether a rep's data may become an archive.
     *
     * @param collector  who collected the data, not null
     * @param verifications  the verifications made, possibly none, no nulls
     * @param archivist  who builds the archive, not null
     * @param buildAt  when the archive is built, not null
     * @return the decision; each verification that does not count is explained
     * @throws dev.kefu.core.validation.PolicyInputException listing every problem
     */
    public static Decision<AdmissionOutcome> check(StaffMember collector, List<Verification> verifications, StaffMember archivist,
                                                   Instant buildAt) {
        Violations v = Violations.create();
        v.requireNonNull(collector, "collector", ArchiveRules.ARC_17);
        v.requireNonNull(archivist, "archivist", ArchiveRules.ARC_17);
        v.requireNonNull(buildAt, "buildAt", ArchiveRules.ARC_17);
        if (v.requireNonNull(verifications, "verifications", ArchiveRules.ARC_17)) {
            for (int i = 0; i < verifications.size(); i++) {
                v.requireNonNull(verifications.get(i), "verifications[" + i + "]", ArchiveRules.ARC_17);
            }
        }
        v.throwIfAny();
        List<Reason> reasons = new ArrayList<>();
        Verification valid = null;
        for (Verification ver : verifications) {
            if (ver.by().role() != ArchiveRole.MARKET_INSPECTOR) {
                reasons.add(Reason.of(ArchiveRules.ARC_17, ArchiveMessages.BUNDLE, "admission.notInspector", ver.by().id(),
                        Labels.of(ver.by().role())));
            } else if (ver.by().id().equals(collector.id())) {
                reasons.add(Reason.of(ArchiveRules.ARC_17, ArchiveMessages.BUNDLE, "admission.selfVerified", collector.id()));
            } else if (ver.at().isAfter(buildAt)) {
                reasons.add(Reason.of(ArchiveRules.ARC_17, ArchiveMessages.BUNDLE, "admission.verifiedAfter", ver.by().id()));
            } else if (valid == null) {
                valid = ver;
            }
        }
        if (archivist.role() != ArchiveRole.ARCHIVIST) {
            reasons.add(Reason.of(ArchiveRules.ARC_17, ArchiveMessages.BUNDLE, "admission.notArchivist", archivist.id(),
                    Labels.of(archivist.role())));
            return Decision.of(AdmissionOutcome.NOT_ARCHIVIST, reasons);
        }
        if (valid == null) {
            reasons.add(Reason.of(ArchiveRules.ARC_17, ArchiveMessages.BUNDLE, "admission.unverified", collector.id()));
            return Decision.of(AdmissionOutcome.NOT_VERIFIED, reasons);
        }
        reasons.add(Reason.of(ArchiveRules.ARC_17, ArchiveMessages.BUNDLE, "admission.ok", valid.by().id()));
        return Decision.of(AdmissionOutcome.ADMITTED, reasons);
    }
}
