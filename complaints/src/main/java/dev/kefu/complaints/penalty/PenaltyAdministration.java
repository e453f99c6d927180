package dev.kefu.complaints.penalty;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;

/**
 * Who administers complaint penalties in a department (CMP-13): the department manager; if the
 * manager fails to, or is the one complained about, the HR-admin manager reports it and the
 * general manager decides.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class PenaltyAdministration {

    static final RuleId CMP_13 = ComplaintRules.CMP_13;

    /** Who decides. Labels: {@code ComplaintsMessages.label}. */
    public enum Administrator {
        /** 部门经理. */
        DEPARTMENT_MANAGER,
        /** 总经理, on the HR-admin manager's report. */
        GENERAL_MANAGER
    }

    /** The department manager's situation. Labels: {@code ComplaintsMessages.label}. */
    public enum ManagerSituation {
        /** The manager administers the penalty. */
        ACTING,
        /** The manager failed to administer it. */
        FAILED_TO_ACT,
        /** The manager is the one complained about. */
        COMPLAINED_ABOUT
    }

    private PenaltyAdministration() {
    }

    /**
     * Who administers a penalty.
     *
     * @param situation  the department manager's situation, not null
     * @return the decision
     */
    public static Decision<Administrator> administeredBy(ManagerSituation situation) {
        if (situation == null) {
            Violations.create().add("situation", "required", CMP_13).throwIfAny();
        }
        return switch (situation) {
            case COMPLAINED_ABOUT -> Decision.of(Administrator.GENERAL_MANAGER, Reason.of(CMP_13, ComplaintsMessages.BUNDLE, "administration.subject"));
            case FAILED_TO_ACT -> Decision.of(Administrator.GENERAL_MANAGER, Reason.of(CMP_13, ComplaintsMessages.BUNDLE, "administration.failed"));
            case ACTING -> Decision.of(Administrator.DEPARTMENT_MANAGER, Reason.of(CMP_13, ComplaintsMessages.BUNDLE, "administration.manager"));
        };
    }
}
