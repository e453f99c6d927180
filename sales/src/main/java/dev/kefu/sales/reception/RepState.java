package dev.kefu.sales.reception;

/**
 * One rep's place in the rotation.
 *
 * @param availability  whether the rep can take a turn now
 * @param owedTurns  turns missed while out on company business, still to be made up (ATT-1)
 * @param turns  new visitors received in the rotation, including make-ups
 * @param outsideRotation  visitors received outside the rotation (designated, returning, assisting)
 */
public record RepState(Availability availability, int owedTurns, int turns, int outsideRotation) {

    /** A rep who has not received anybody yet. */
    public static final RepState FRESH = new RepState(Availability.AVAILABLE, 0, 0, 0);

    RepState with(Availability a) {
        return new RepState(a, owedTurns, turns, outsideRotation);
    }
}
