package dev.kefu.security.password;

/** Password strength classes (SEC-3: "important passwords are longer than 8 characters"). */
public enum AccountClass {
    /** An important password (重要密码): administrators, operators, billing, key systems. */
    IMPORTANT,
    /** Any other password. */
    ORDINARY
}
