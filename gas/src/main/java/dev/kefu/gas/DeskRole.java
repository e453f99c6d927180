package dev.kefu.gas;

/**
 * The roles the gas desk's rules name (S1 part 10). Roles are distinct unless the host maps
 * them to each other ("Definitions and precedence").
 */
public enum DeskRole {
    /** 負責收費的營業員: a clerk who collects payments (billing clerk). */
    BILLING_CLERK,
    /** 負責證卡辦理的營業員: a clerk who issues cards and certificates (card-service clerk). */
    CARD_SERVICE_CLERK,
    /** 營業中心組長: the business-centre group leader. */
    GROUP_LEADER,
    /** 部門負責人: the department head. */
    DEPARTMENT_HEAD,
    /** 抄表員: a meter reader. */
    METER_READER
}
