package dev.kefu.archive.custody;

/** The outcome of checking a destruction (ARC-13). */
public enum DestructionCheck {
    /** Destroyed by a method allowed for its confidentiality. */
    COMPLIANT,
    /** Thrown away instead of destroyed. */
    THROWN_AWAY,
    /** A confidential document destroyed other than by shredding. */
    CONFIDENTIAL_NOT_SHREDDED,
    /** An ordinary document destroyed by a method the policy does not allow. */
    METHOD_NOT_ALLOWED
}
