package dev.kefu.archive.credit;

/** How credit business is handled for a customer of a credit grade (ARC-7). */
public enum CreditHandling {
    /** Cash on delivery only; no credit at all. */
    CASH_ONLY,
    /** Credit only against prepayment. */
    PREPAYMENT,
    /** Normal credit within the limit, with the sign-off of ARC-17. */
    NORMAL_CREDIT,
    /** Credit within the limit, each order reviewed and signed off. */
    REVIEW_REQUIRED
}
