package dev.kefu.archive.lifecycle;

/** Which deposit register a deposit goes into (ARC-15: 小定/大定登记表). */
public enum DepositKind {
    /** Small deposit (小定): holds a unit for a short time. */
    SMALL,
    /** Large deposit (大定): the deposit paid on subscription. */
    LARGE
}
