package dev.kefu.gas.hall;

/** What happens on the day (MTR-17). */
public enum OnTheDayKind {
    /** A swap of shifts (換班). */
    SWAP,
    /** A short absence from the post (暫時離開崗位). */
    SHORT_ABSENCE,
    /** Having someone stand in (代崗). */
    STAND_IN
}
