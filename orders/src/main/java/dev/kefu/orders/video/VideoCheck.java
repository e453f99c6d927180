package dev.kefu.orders.video;

/** The outcome of a video-appointment check (ORD-18). */
public enum VideoCheck {
    /** Everything the rule asks is there. */
    MET,
    /** Something is missing or late. */
    MISSED
}
