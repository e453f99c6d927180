package dev.kefu.security.rotation;

/**
 * The roles whose passwords the regulation rotates (SEC-3), and everybody else. Per
 * "Definitions and precedence" (Security), the passwords of the three administrator roles are
 * important ({@link #accountClass()}); the host marks any other important account itself.
 */
public enum AccountRole {
    /** 网络（内部平台）管理员. */
    NETWORK_ADMINISTRATOR,
    /** 系统管理员. */
    SYSTEM_ADMINISTRATOR,
    /** 系统操作员. */
    SYSTEM_OPERATOR,
    /** Any other account. */
    STAFF;

    /**
     * The password class of the role (SEC-3): {@code IMPORTANT} for the three administrator
     * roles, {@code ORDINARY} for other staff unless the host marks the account important.
     *
     * @return the class to check a password of this role with
     */
    public dev.kefu.security.password.AccountClass accountClass() {
        return this == STAFF ? dev.kefu.security.password.AccountClass.ORDINARY : dev.kefu.security.password.AccountClass.IMPORTANT;
    }
}
