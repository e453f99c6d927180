package dev.kefu.security.rotation;

/** The roles whose passwords the regulation rotates (SEC-3), and everybody else. */
public enum AccountRole {
    /** 网络（内部平台）管理员. */
    NETWORK_ADMINISTRATOR,
    /** 系统管理员. */
    SYSTEM_ADMINISTRATOR,
    /** 系统操作员. */
    SYSTEM_OPERATOR,
    /** Any other account. */
    STAFF
}
