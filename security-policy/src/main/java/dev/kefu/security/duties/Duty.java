package dev.kefu.security.duties;

import dev.kefu.core.decision.RuleId;

/** The periodic duties whose interval the regulation leaves open (定期): each is a required setting. */
public enum Duty {
    /** SEC-11: the customer-information database is backed up regularly (定期对客户信息数据库进行备份). */
    CUSTOMER_DATA_BACKUP("SEC-11"),
    /** SEC-14: the system administrator checks the servers' system logs regularly. */
    SERVER_LOG_CHECK("SEC-14"),
    /** SEC-14: network packets are monitored regularly. */
    PACKET_MONITORING("SEC-14"),
    /** SEC-14: access to public servers is monitored regularly. */
    PUBLIC_SERVER_ACCESS_MONITORING("SEC-14"),
    /** SEC-15: machine-room equipment is maintained according to the maintenance plan. */
    EQUIPMENT_MAINTENANCE("SEC-15"),
    /** SEC-15: fire-fighting equipment is checked. */
    FIRE_EQUIPMENT_CHECK("SEC-15"),
    /** SEC-15: the air-conditioning is tested on its performance indicators. */
    AIR_CONDITIONING_TEST("SEC-15");

    private final RuleId rule;

    Duty(String rule) {
        this.rule = RuleId.of(rule);
    }

    /** The rule that sets the duty. */
    public RuleId rule() {
        return rule;
    }
}
