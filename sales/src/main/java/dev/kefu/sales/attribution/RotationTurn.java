package dev.kefu.sales.attribution;

/** Whether a reception uses a turn of the reception rotation (ATT-1, ATT-4, ATT-5). */
public enum RotationTurn {
    /** A first-time visitor received on rotation: the turn is used (ATT-1). */
    TURN_USED,
    /** Received outside the rotation: designated (ATT-4), returning (ATT-5) or helping (ATT-10). */
    NO_TURN
}
