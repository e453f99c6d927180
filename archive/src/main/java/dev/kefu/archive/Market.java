package dev.kefu.archive;

/** Domestic or international customer, ARC-1. */
public enum Market {
    /** 国内. */
    DOMESTIC,
    /** 国际. */
    INTERNATIONAL
}
