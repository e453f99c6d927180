package dev.kefu.gas.hall;

/**
 * The business hall's upkeep checks (營業大廳 §1.1–7, MTR-18), each with who is responsible:
 * the group leader for the outside signage and the notice board, the duty clerk for the rest.
 */
public enum UpkeepTask {
    /** Outside signage: the group leader. */
    OUTSIDE_SIGNAGE(UpkeepOwner.GROUP_LEADER),
    /** Notice board: the group leader. */
    NOTICE_BOARD(UpkeepOwner.GROUP_LEADER),
    /** VI signs: the duty clerk. */
    VI_SIGNS(UpkeepOwner.DUTY_CLERK),
    /** Brochures: the duty clerk. */
    BROCHURES(UpkeepOwner.DUTY_CLERK),
    /** Drinking water: the duty clerk. */
    DRINKING_WATER(UpkeepOwner.DUTY_CLERK),
    /** Tidiness: the duty clerk. */
    TIDINESS(UpkeepOwner.DUTY_CLERK),
    /** Promotional video: the duty clerk. */
    PROMOTIONAL_VIDEO(UpkeepOwner.DUTY_CLERK);

    /** Who is responsible for an upkeep task. */
    public enum UpkeepOwner {
        /** 營業中心組長. */
        GROUP_LEADER,
        /** 值班營業員. */
        DUTY_CLERK
    }

    private final UpkeepOwner owner;

    UpkeepTask(UpkeepOwner owner) {
        this.owner = owner;
    }

    /** Who is responsible. */
    public UpkeepOwner owner() {
        return owner;
    }
}
