package dev.kefu.archive.lifecycle;

import java.time.Instant;

/**
 * A line of one of the registers ARC-15 asks to be written the same day as the contact: the
 * call and visitor registers ({@link ContactRecord}), the deposit registers
 * ({@link DepositEntry}) and the rep's notebook ({@link NotebookEntry}).
 */
public interface RegisterLine {

    /** The registers of ARC-15. */
    enum Register {
        /** 来电登记表. */
        CALL,
        /** 来人登记表. */
        VISIT,
        /** 小定登记表. */
        SMALL_DEPOSIT,
        /** 大定登记表. */
        LARGE_DEPOSIT,
        /** The rep's notebook (业务员笔记本). */
        NOTEBOOK
    }

    /** When the contact, deposit or visit happened. */
    Instant occurredAt();

    /** When it was written down. */
    Instant recordedAt();

    /** Which register the line belongs to. */
    Register register();
}
