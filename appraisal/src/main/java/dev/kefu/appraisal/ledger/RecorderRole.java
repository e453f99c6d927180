package dev.kefu.appraisal.ledger;

/** The role of whoever records an offence (APR-9: only the customer-service manager may). */
public enum RecorderRole {
    /** The customer-service manager (客服经理). */
    CUSTOMER_SERVICE_MANAGER,
    /** The customer-service supervisor (客服主管). */
    CUSTOMER_SERVICE_SUPERVISOR,
    /** Anyone else. */
    OTHER
}
