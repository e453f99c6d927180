package dev.kefu.complaints.penalty;

import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;

/**
 * Who administers complaint penalties in a department (CMP-13): the department manager; if the
 * manager fails to, or is the one complained about, the HR-admin manager reports it and the
 * general manager decides.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class PenaltyAdministration {

    static final RuleId CMP_13 = RuleId.of("CMP-13");

    /** Who decides. */
    public enum Administrator {
        /** 部门经理. */
        DEPARTMENT_MANAGER,
        /** 总经理, on the HR-admin manager's report. */
        GENERAL_MANAGER
    }

    private PenaltyAdministration() {
    }

    /**
     * Who administers a penalty.
     *
     * @param managerFailedToAct  whether the department manager failed to administer it
     * @param managerIsSubject  whether the department manager is the one complained about
     * @return the decision
     */
    public static Decision<Administrator> administeredBy(boolean managerFailedToAct, boolean managerIsSubject) {
        if (managerIsSubject) {
            return Decision.of(Administrator.GENERAL_MANAGER, Reason.of(CMP_13, ComplaintsMessages.BUNDLE, "administration.subject"));
        }
        if (managerFailedToAct) {
            return Decision.of(Administrator.GENERAL_MANAGER, Reason.of(CMP_13, ComplaintsMessages.BUNDLE, "administration.failed"));
        }
        return Decision.of(Administrator.DEPARTMENT_MANAGER, Reason.of(CMP_13, ComplaintsMessages.BUNDLE, "administration.manager"));
    }
}
