package dev.kefu.archive;

/** The basic customer data ARC-18 asks to collect at every touch, besides the name. */
public enum BasicDataItem {
    /** A contact person or way to reach the customer (联系方式). */
    CONTACT,
    /** The address (地址). */
    ADDRESS,
    /** Purchase preferences (购买偏好). */
    PURCHASE_PREFERENCES
}
