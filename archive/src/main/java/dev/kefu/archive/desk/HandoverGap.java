package dev.kefu.archive.desk;

/** What a document handover record lacks (ARC-19). */
public enum HandoverGap {
    /** The issuer did not sign (谁发放谁签字). */
    ISSUER_SIGNATURE_MISSING,
    /** The receiver did not sign (谁接收谁签字). */
    RECEIVER_SIGNATURE_MISSING,
    /** A notice or form was not registered (登记). */
    NOT_REGISTERED,
    /** A notice or form was not filed (归档). */
    NOT_FILED
}
