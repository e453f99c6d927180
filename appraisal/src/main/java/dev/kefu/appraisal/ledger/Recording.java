package dev.kefu.appraisal.ledger;

import dev.kefu.core.decision.RuleId;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reporting an offence to the ledger.
 *
 * @param status  recorded, refused or no offence
 * @param entry  the entry recorded, when recorded
 * @param matchedNotApplied  other rules the act matched but that were not applied: one act is
 *     sanctioned under one rule, the most specific ("Definitions and precedence")
 */
public record Recording(RecordingStatus status, Optional<LedgerEntry> entry, List<RuleId> matchedNotApplied) {

    /** Keeps defensive copies. @throws dev.kefu.core.validation.PolicyInputException naming every missing part */
    public Recording {
        dev.kefu.core.validation.Violations v = dev.kefu.core.validation.Violations.create();
        v.requireNonNull(status, "status", PenaltyLedger.APR_8);
        v.requireNonNull(entry, "entry", PenaltyLedger.APR_8);
        if (v.requireNonNull(matchedNotApplied, "matchedNotApplied", PenaltyLedger.APR_8)
                && matchedNotApplied.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("matchedNotApplied", "required", PenaltyLedger.APR_8);
        }
        v.throwIfAny();
        matchedNotApplied = List.copyOf(matchedNotApplied);
    }

    /** Whether an entry was recorded. */
    public boolean recorded() {
        return status == RecordingStatus.RECORDED;
    }
}
