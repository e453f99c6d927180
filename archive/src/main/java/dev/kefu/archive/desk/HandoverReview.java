package dev.kefu.archive.desk;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The review of a document handover (ARC-19).
 *
 * @param gaps  what the record lacks; empty when complete
 */
public record HandoverReview(Set<HandoverGap> gaps) {

    /** Defensive copy. */
    public HandoverReview {
        gaps = gaps.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(gaps));
    }

    /** Whether the record is complete. */
    public boolean isComplete() {
        return gaps.isEmpty();
    }
}
