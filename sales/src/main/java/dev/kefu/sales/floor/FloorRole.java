package dev.kefu.sales.floor;

/** A role on the sales floor (EST-13 … EST-15). */
public enum FloorRole {
    /** A sales rep (销售员 / 销售代表). */
    SALES_REP,
    /** The sales assistant (销售助理). */
    SALES_ASSISTANT,
    /** The sales manager (销售经理). */
    SALES_MANAGER,
    /** The project's on-site sales supervisor (现场销售主管). */
    ON_SITE_SUPERVISOR
}
