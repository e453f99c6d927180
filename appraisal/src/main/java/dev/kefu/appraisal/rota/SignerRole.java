package dev.kefu.appraisal.rota;

/** The role of whoever signs a swap form (APR-12: only the department manager's signature makes it effective). */
public enum SignerRole {
    /** The department manager (部门经理). */
    DEPARTMENT_MANAGER,
    /** Anyone else: a supervisor, a group lead, a party. */
    OTHER
}
