package dev.kefu.complaints.response;

/**
 * The result of checking one contact's response time (CMP-11).
 *
 * @param met  whether the target was met
 * @param apologyDue  whether the agent had to apologise for the wait (phone: after the fifth ring)
 * @param finedOffence  whether it is a fined offence (phone not answered within three rings, APR-8/APR-9)
 */
public record ResponseCheck(boolean met, boolean apologyDue, boolean finedOffence) {
}
