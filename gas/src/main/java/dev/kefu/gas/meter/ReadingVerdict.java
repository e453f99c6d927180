package dev.kefu.gas.meter;

import java.util.EnumSet;
import java.util.Set;

/**
 * The verdict on one reading.
 *
 * @param status  stored, stored off schedule, or refused
 * @param findings  everything found, empty when accepted
 */
public record ReadingVerdict(ReadingStatus status, Set<ReadingFinding> findings) {

    /** Copies the findings. */
    public ReadingVerdict {
        findings = findings.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(findings));
    }

    /** Whether the reading may be stored as a reading. */
    public boolean storable() {
        return status != ReadingStatus.REFUSED;
    }
}
