package dev.kefu.sales.attribution;

import dev.kefu.core.id.EmployeeId;
import java.util.List;
import java.util.Set;

/**
 * The state of a dispute over a crossed customer (客戶交叉), ATT-21: the reps negotiate; failing
 * that the department mediates; if the reps quarrel (爭吵), the <b>whole</b> performance and bonus
 * of the crossed deal go to the department; a case the rules do not cover is decided (界定) by
 * the department manager, and if any rep refuses that decision the <b>whole</b> performance and
 * bonus again go to the department. A quarrel or a refusal overrides every line of the
 * attribution precedence.
 */
public sealed interface Dispute permits Dispute.Agreed, Dispute.Quarrel, Dispute.ManagerDecision {

    /**
     * The reps agreed, by themselves or through the department's mediation.
     *
     * @param performance  who holds the performance, not null
     * @param bonus  the agreed split, totalling 100%
     * @param settlement  how they came to agree, not null
     */
    record Agreed(Holder performance, List<BonusShare> bonus, Settlement settlement) implements Dispute {
        /** Keeps a copy of the split. */
        public Agreed {
            bonus = bonus == null || bonus.stream().anyMatch(java.util.Objects::isNull) ? bonus : List.copyOf(bonus);
        }
    }

    /** The reps quarrelled (爭吵): the department holds the whole performance and bonus. */
    record Quarrel() implements Dispute {
    }

    /**
     * The department manager decided a case the rules do not cover.
     *
     * @param performance  who holds the performance, not null
     * @param bonus  the decided split, totalling 100%
     * @param refusedBy  the reps who refuse the decision; if any, the whole performance and bonus go to the department
     */
    record ManagerDecision(Holder performance, List<BonusShare> bonus, Set<EmployeeId> refusedBy) implements Dispute {
        /** Keeps copies. */
        public ManagerDecision {
            bonus = bonus == null || bonus.stream().anyMatch(java.util.Objects::isNull) ? bonus : List.copyOf(bonus);
            refusedBy = refusedBy == null || refusedBy.stream().anyMatch(java.util.Objects::isNull) ? refusedBy : Set.copyOf(refusedBy);
        }
    }
}
