package dev.kefu.gas.readrate;

/** What became of one meter due in a reading cycle (MTR-5, MTR-6). */
public enum ReadOutcome {
    /** Actually read on site: the only outcome that counts as read. */
    READ,
    /** Estimated (估抄): not read. */
    ESTIMATED,
    /** Skipped (漏抄): not read. */
    SKIPPED,
    /** Read wrongly (錯抄), found and refused: not read. */
    WRONG
}
