package dev.kefu.complaints.service;

/** A customer's answer on one point of a satisfaction callback (CMP-19). Labels: {@code ComplaintsMessages.label}. */
public enum Satisfaction {
    /** Satisfied. */
    SATISFIED,
    /** Not satisfied. */
    NOT_SATISFIED,
    /** Not asked or not recorded. */
    NOT_ASKED
}
