package dev.kefu.complaints.service;

/** Whether the key details of an enquiry were read back to the caller (CMP-15). Labels: {@code ComplaintsMessages.label}. */
public enum ReadBack {
    /** Phone number, name, address and the matter were read back. */
    READ_BACK,
    /** They were not read back. */
    NOT_READ_BACK
}
