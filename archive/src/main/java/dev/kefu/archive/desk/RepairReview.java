package dev.kefu.archive.desk;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The review of a repair call (ARC-20).
 *
 * @param deadline  by when the repair had to be arranged
 * @param gaps  what is wrong; empty when the call is handled as ARC-20 asks so far
 */
public record RepairReview(Instant deadline, Set<RepairGap> gaps) {

    /** Defensive copy. */
    public RepairReview {
        gaps = gaps.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(gaps));
    }

    /** Whether nothing is wrong. */
    public boolean isInOrder() {
        return gaps.isEmpty();
    }
}
