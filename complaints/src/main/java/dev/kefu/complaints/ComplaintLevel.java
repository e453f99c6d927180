package dev.kefu.complaints;

/**
 * A complaint's level, which decides who handles it: the supervisor of the matching rank
 * handles it personally (CMP-8).
 */
public enum ComplaintLevel {
    /** Handled by the supervisor of the department complained about. */
    ORDINARY(SupervisorRank.DEPARTMENT_SUPERVISOR),
    /** Handled by the department manager. */
    SERIOUS(SupervisorRank.DEPARTMENT_MANAGER),
    /** Handled by the general manager. */
    MAJOR(SupervisorRank.GENERAL_MANAGER);

    private final SupervisorRank rank;

    ComplaintLevel(SupervisorRank rank) {
        this.rank = rank;
    }

    /** The rank of the supervisor who handles complaints of this level personally. */
    public SupervisorRank handlerRank() {
        return rank;
    }

    /** Supervisor ranks. */
    public enum SupervisorRank {
        /** 部门主管. */
        DEPARTMENT_SUPERVISOR,
        /** 部门经理. */
        DEPARTMENT_MANAGER,
        /** 总经理. */
        GENERAL_MANAGER
    }
}
