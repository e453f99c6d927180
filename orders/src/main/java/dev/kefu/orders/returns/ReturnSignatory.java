package dev.kefu.orders.returns;

/** Who signs a return slip (ORD-15). */
public enum ReturnSignatory {
    /** The handler (經手人). */
    HANDLER,
    /** The customer. */
    CUSTOMER,
    /** The department manager. */
    DEPARTMENT_MANAGER
}
