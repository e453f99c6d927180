package dev.kefu.archive.desk;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.ArchiveRules;
import dev.kefu.archive.Labels;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks document handovers (ARC-19): every document handed to or taken from a customer is
 * signed by whoever receives it and whoever issues it (谁接收谁签字, 谁发放谁签字) — a record
 * without both signatures is incomplete — and notices and forms are registered and filed.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class DocumentHandovers {

    private DocumentHandovers() {
    }

    /**
     * Reviews one handover record.
     *
     * @param handover  the record, not null
     * @return the decision; its outcome lists the gaps, empty when complete
     * @throws dev.kefu.core.validation.PolicyInputException if the record is null
     */
    public static Decision<HandoverReview> check(DocumentHandover handover) {
        Violations v = Violations.create();
        v.requireNonNull(handover, "handover", ArchiveRules.ARC_19);
        v.throwIfAny();
        Set<HandoverGap> gaps = EnumSet.noneOf(HandoverGap.class);
        if (handover.issuerSignedAt().isEmpty()) {
            gaps.add(HandoverGap.ISSUER_SIGNATURE_MISSING);
        }
        if (handover.receiverSignedAt().isEmpty()) {
            gaps.add(HandoverGap.RECEIVER_SIGNATURE_MISSING);
        }
        if (handover.kind() != HandedDocumentKind.OTHER) {
            if (handover.registeredOn().isEmpty()) {
                gaps.add(HandoverGap.NOT_REGISTERED);
            }
            if (handover.filedOn().isEmpty()) {
                gaps.add(HandoverGap.NOT_FILED);
            }
        }
        List<Reason> reasons = new ArrayList<>();
        for (HandoverGap g : gaps) {
            reasons.add(Reason.of(ArchiveRules.ARC_19, ArchiveMessages.BUNDLE, "handover.gap", handover.reference(), Labels.of(g)));
        }
        if (gaps.isEmpty()) {
            reasons.add(Reason.of(ArchiveRules.ARC_19, ArchiveMessages.BUNDLE, "handover.complete", handover.reference()));
        }
        return Decision.of(new HandoverReview(gaps), reasons);
    }
}
