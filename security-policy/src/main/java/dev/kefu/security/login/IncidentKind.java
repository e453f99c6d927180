package dev.kefu.security.login;

/** What the login-log review and the other detectors can find (SEC-2, SEC-4, SEC-6, SEC-7); each goes to the SEC-8 register. */
public enum IncidentKind {
    /** Repeated failures on one account within the window: password guessing (SEC-7). */
    REPEATED_FAILURES("SEC-7"),
    /** One source failing across many accounts within the window: password spraying (SEC-7). */
    PASSWORD_SPRAYING("SEC-7"),
    /** A success right after a burst of failures on the account (SEC-7). */
    SUCCESS_AFTER_FAILURES("SEC-7"),
    /** A successful login outside the calendar's working hours (SEC-2). */
    OUTSIDE_WORKING_HOURS("SEC-2"),
    /** A successful login to a disabled account or one of staff who left (SEC-4). */
    DISABLED_OR_DEPARTED_ACCOUNT("SEC-4"),
    /** A successful login to a dormant account (SEC-4). */
    DORMANT_ACCOUNT("SEC-4"),
    /** A privileged account logged in from a source never seen before (SEC-6). */
    PRIVILEGED_NEW_SOURCE("SEC-6"),
    /** An operation outside the user's granted permissions: an intrusion (SEC-6). */
    UNAUTHORISED_OPERATION("SEC-6"),
    /** One source probing many ports within the window: port scanning (SEC-7). */
    PORT_SCAN("SEC-7"),
    /** One source failing repeatedly on one device (server, switch), across accounts: device-password guessing (SEC-7). */
    DEVICE_PASSWORD_GUESSING("SEC-7");

    private final String rule;

    IncidentKind(String rule) {
        this.rule = rule;
    }

    /** The rule the finding concerns. */
    public String rule() {
        return rule;
    }
}
