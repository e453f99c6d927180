package dev.kefu.complaints;

/** How a complaint came in (CMP-2). */
public enum Channel {
    /** The complaint telephone's direct line (投诉直线电话). */
    PHONE_DIRECT_LINE,
    /** The HR-admin manager's extension. */
    PHONE_EXTENSION,
    /** The complaint e-mail address. */
    EMAIL,
    /** Online chat. */
    ONLINE_CHAT,
    /** In person (来访). */
    WALK_IN
}
