package dev.kefu.gas.hall;

/** Whether a change may be carried out (MTR-16, MTR-17). */
public enum ChangeStatus {
    /** Approved in time: it takes effect. */
    EFFECTIVE,
    /** Applied in time, not answered yet. */
    PENDING,
    /** It may not be carried out. */
    NOT_EFFECTIVE
}
