package dev.kefu.complaints.workflow;

/** Whether a workflow step was taken. */
public enum StepVerdict {
    /** The step was recorded. */
    ACCEPTED,
    /** The step was refused; the complaint is unchanged. */
    REFUSED
}
