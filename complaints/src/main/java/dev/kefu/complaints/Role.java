package dev.kefu.complaints;

/** The roles that act on a complaint (CMP-3 … CMP-5, CMP-13). */
public enum Role {
    /** 人事行政经理: records, assesses, dispatches, calls back, archives. */
    HR_ADMIN_MANAGER,
    /** The supervisor of the department complained about: investigates and proposes a solution. */
    DEPARTMENT_SUPERVISOR,
    /** The department manager. */
    DEPARTMENT_MANAGER,
    /** 总经理. */
    GENERAL_MANAGER,
    /** A customer-service agent (for progress updates to the customer). */
    AGENT
}
