package dev.kefu.gas.hall;

import java.util.EnumSet;
import java.util.Set;

/**
 * The verdict on a change (MTR-16, MTR-17).
 *
 * @param status  effective, pending or not effective
 * @param findings  what stands in the way, empty when effective
 */
public record ChangeVerdict(ChangeStatus status, Set<ChangeFinding> findings) {

    /** Copies the findings. */
    public ChangeVerdict {
        findings = findings.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(findings));
    }
}
