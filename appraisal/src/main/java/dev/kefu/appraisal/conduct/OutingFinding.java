package dev.kefu.appraisal.conduct;

/**
 * An outing that breaks APR-15.
 *
 * @param outing  the outing
 * @param overLimit  whether it exceeded the time limit without the duty manager's permission
 * @param unapproved  whether the agent left without the manager's approval
 */
public record OutingFinding(Outing outing, boolean overLimit, boolean unapproved) {
}
