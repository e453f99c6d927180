package dev.kefu.archive.custody;

/** How a document is destroyed (ARC-13). */
public enum DestructionMethod {
    /** Shredded (粉碎); required for confidential documents. */
    SHREDDED,
    /** Incinerated (焚毁). */
    INCINERATED,
    /** Pulped by a certified contractor (化浆). */
    PULPED,
    /** Thrown away with ordinary waste — never allowed (ARC-13: destroyed, never thrown away). */
    DISCARDED
}
