package dev.kefu.gas.hall;

import dev.kefu.core.id.EmployeeId;
import java.util.EnumSet;
import java.util.Set;

/**
 * The verdict on a week's meeting (MTR-20).
 *
 * @param findings  what is wrong, empty when in order
 * @param absent  who was on duty and did not attend
 */
public record MeetingVerdict(Set<MeetingFinding> findings, Set<EmployeeId> absent) {

    /** Copies the sets. */
    public MeetingVerdict {
        findings = findings.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(findings));
        absent = Set.copyOf(absent);
    }
}
