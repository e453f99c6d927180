package dev.kefu.complaints.response;

import java.util.Optional;

/**
 * The result of checking one contact's response time (CMP-11).
 *
 * @param verdict  whether the target was met
 * @param apologyDue  whether the agent opens with an apology for the wait (phone: from the 6th ring)
 * @param offence  the offence matched, if any (phone: from the 4th ring, APR-8's 20-yuan item)
 */
public record ResponseCheck(ResponseVerdict verdict, boolean apologyDue, Optional<MatchedOffence> offence) {

    /** Whether the target was met. */
    public boolean met() {
        return verdict == ResponseVerdict.MET;
    }
}
