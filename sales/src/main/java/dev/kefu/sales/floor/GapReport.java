package dev.kefu.sales.floor;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import java.util.ArrayList;
import java.util.List;

/**
 * The gaps a records check found, in the order found; empty when the records are complete.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param gaps  the gaps, not null
 */
public record GapReport(List<FloorGap> gaps) {

    /** @param gaps  the gaps, copied */
    public GapReport {
        gaps = List.copyOf(gaps);
    }

    /** Whether nothing is missing. */
    public boolean isClear() {
        return gaps.isEmpty();
    }

    /** The gaps of one kind. */
    public List<FloorGap> of(GapKind kind) {
        return gaps.stream().filter(g -> g.kind() == kind).toList();
    }

    /** A decision over the gaps: one reason per gap, or one "complete" reason per rule checked. */
    static Decision<GapReport> decide(List<FloorGap> gaps, RuleId... checked) {
        GapReport report = new GapReport(gaps);
        List<Reason> reasons = new ArrayList<>();
        for (FloorGap g : gaps) {
            reasons.add(g.reason());
        }
        if (reasons.isEmpty()) {
            for (RuleId r : checked) {
                reasons.add(Reason.of(r, FloorTexts.BUNDLE, "gaps.none"));
            }
        }
        return Decision.of(report, reasons);
    }
}
