package dev.kefu.appraisal.training;

/** What a new hire's record lacks (APR-20). */
public enum HiringFinding {
    /** No background check (背景调查). */
    NO_BACKGROUND_CHECK,
    /** Types with Wubi below the required speed. */
    TYPING_TOO_SLOW,
    /** Standard Mandarin not recorded. */
    MANDARIN_NOT_RECORDED,
    /** Understanding of the local dialect not recorded. */
    DIALECT_NOT_RECORDED
}
