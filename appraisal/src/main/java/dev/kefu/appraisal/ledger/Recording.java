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

    /** Keeps defensive copies. */
    public Recording {
        matchedNotApplied = List.copyOf(matchedNotApplied);
    }

    /** Whether an entry was recorded. */
    public boolean recorded() {
        return status == RecordingStatus.RECORDED;
    }
}
