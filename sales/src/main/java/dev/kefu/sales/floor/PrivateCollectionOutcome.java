package dev.kefu.sales.floor;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.id.EmployeeId;
import java.util.List;

/**
 * The outcome of EST-9.
 *
 * @param rep  the rep sanctioned
 * @param sanction  expulsion (开除)
 * @param matched  other rules the act matches, listed but not applied (one act, one sanction)
 */
public record PrivateCollectionOutcome(EmployeeId rep, Sanction sanction, List<RuleId> matched) {

    /** Copies the list. */
    public PrivateCollectionOutcome {
        matched = List.copyOf(matched);
    }
}
