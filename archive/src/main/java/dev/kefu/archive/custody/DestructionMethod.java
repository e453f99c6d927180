package dev.kefu.archive.custody;

/** How a document is destroyed (ARC-13). */
public enum DestructionMethod {
    /** Shredded with a shredder (碎纸机); the only method for confidential documents. */
    SHREDDED,
    /** Torn up (撕毁) before disposal: the regulation's method for ordinary documents in bulk. */
    TORN_UP,
    /** Incinerated (焚毁); not a method the regulation names, allowed only if the host allows it. */
    INCINERATED,
    /** Pulped by a contractor (化浆); not a method the regulation names, allowed only if the host allows it. */
    PULPED,
    /** Thrown away with ordinary waste — never allowed (ARC-13: 不可随意乱丢). */
    DISCARDED
}
