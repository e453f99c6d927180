package dev.kefu.sales.attribution;

import dev.kefu.core.id.EmployeeId;
import java.util.List;
import java.util.Set;

/**
 * The state of a dispute over a crossed customer (客户交叉), ATT-21: the reps negotiate; failing
 * that the department mediates; if the reps quarrel, the disputed deal's performance and bonus
 * go to the department; a case the rules do not cover is decided by the department manager,
 * and a rep who refuses that decision loses their part to the department.
 */
public sealed interface Dispute permits Dispute.Agreed, Dispute.Quarrel, Dispute.ManagerDecision {

    /**
     * The reps agreed, by themselves or through the department's mediation.
     *
     * @param performance  who holds the performance
     * @param bonus  the agreed split, totalling 100%
     * @param mediated  whether the department mediated
     */
    record Agreed(Holder performance, List<BonusShare> bonus, boolean mediated) implements Dispute {
    }

    /** The reps quarrelled (争吵): the department holds the performance and the bonus. */
    record Quarrel() implements Dispute {
    }

    /**
     * The department manager decided a case the rules do not cover.
     *
     * @param performance  who holds the performance
     * @param bonus  the decided split, totalling 100%
     * @param refusedBy  the reps who refuse the decision; their parts go to the department
     */
    record ManagerDecision(Holder performance, List<BonusShare> bonus, Set<EmployeeId> refusedBy) implements Dispute {
    }
}
