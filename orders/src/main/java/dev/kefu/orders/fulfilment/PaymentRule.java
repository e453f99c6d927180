package dev.kefu.orders.fulfilment;

/** Whether a remote order may ship before payment (ORD-7). */
public enum PaymentRule {
    /** The regulation: a remote order is counted, packed and shipped only after the remittance arrives. */
    PAYMENT_FIRST,
    /** The host extends credit (ARC-7): credit approved before counting stands in for the remittance. */
    HOST_CREDIT_TERMS
}
