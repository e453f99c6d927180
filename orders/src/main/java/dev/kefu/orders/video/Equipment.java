package dev.kefu.orders.video;

/** Equipment checked before a video appointment (ORD-18). */
public enum Equipment {
    /** The camera. */
    CAMERA,
    /** The headset. */
    HEADSET
}
