package dev.kefu.sales.reception;

/** How a visitor came to be received (ATT-1, ATT-4, ATT-5, ATT-10). */
public enum ReceptionKind {
    /** A new visitor received by the rep whose turn it is (ATT-1). */
    ROTATION,
    /** A new visitor received by a rep making up a missed turn (ATT-1: 空几轮,补接几名). */
    MAKE_UP,
    /** A first-time visitor who named the rep on arrival: outside the rotation (ATT-4). */
    DESIGNATED,
    /** A returning customer: no turn is used, whoever receives them (ATT-5). */
    RETURNING,
    /** Helping a customer whose named rep is absent: not counted in the rotation (ATT-10). */
    ASSISTING
}
