package dev.kefu.gas.records;

/** What is wrong with a reading sheet (MTR-8). */
public enum SheetFinding {
    /** Entered after the deadline. */
    ENTERED_LATE,
    /** Not entered and past the deadline. */
    NOT_ENTERED,
    /** A sheet or page lost (丟失或丟頁). */
    PAGES_LOST
}
