package dev.kefu.sales.attribution;

/**
 * Whether this is the customer's first visit or a later one, as the host recorded it at
 * reception (ATT-3: the receiving rep first asks whether the customer has been here before).
 * Recorded, never inferred from the register: a returning customer may have no registration on
 * file, and a registration made today belongs to a first visit.
 */
public enum VisitKind {
    /** The customer's first visit (ATT-1, ATT-4, ATT-17, ATT-18). */
    FIRST_VISIT,
    /** The customer came before (ATT-5, ATT-8 … ATT-15). */
    RETURNING
}
