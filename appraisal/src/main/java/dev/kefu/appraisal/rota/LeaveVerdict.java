package dev.kefu.appraisal.rota;

import java.util.List;

/**
 * The answer to a leave request (APR-12, APR-17). Leave taken when refused counts as absence
 * (旷工, APR-14).
 *
 * @param granted  whether the leave may be taken
 * @param broken  every reason it may not, in the order checked
 */
public record LeaveVerdict(boolean granted, List<LeaveRule> broken) {

    /** Keeps a defensive copy. */
    public LeaveVerdict {
        broken = List.copyOf(broken);
    }
}
