package dev.kefu.complaints.service;

/** How a satisfaction callback was made (CMP-19). Labels: {@code ComplaintsMessages.label}. */
public enum CallbackChannel {
    /** 电话回访. */
    PHONE,
    /** 邮件回访. */
    EMAIL
}
