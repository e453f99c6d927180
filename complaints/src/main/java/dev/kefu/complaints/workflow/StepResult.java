package dev.kefu.complaints.workflow;

import dev.kefu.complaints.Complaint;

/**
 * The outcome of a workflow step.
 *
 * @param verdict  accepted or refused
 * @param complaint  the complaint with the step appended, or the given complaint unchanged when refused
 * @param state  the complaint's state after the step (unchanged when refused)
 */
public record StepResult(StepVerdict verdict, Complaint complaint, WorkflowState state) {

    /** Whether the step was accepted. */
    public boolean accepted() {
        return verdict == StepVerdict.ACCEPTED;
    }
}
