package dev.kefu.archive.lifecycle;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.ArchiveRules;
import dev.kefu.archive.Labels;
import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * ARC-15: every contact with a customer is written down the same day — in the call and
 * visitor registers, the small- and large-deposit registers and the rep's notebook. The check
 * lists every line written on a later calendar day (CORE-CAL-4: a day in the given zone).
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class SameDayRegistration {

    private SameDayRegistration() {
    }

    /**
     * The register lines written on a later day than the contact.
     *
     * @param lines  the lines of any of the ARC-15 registers, no nulls
     * @param zone  the zone in which days are counted, not null
     * @return the decision; its outcome is the late lines, in input order (empty when all were on time)
     * @throws dev.kefu.core.validation.PolicyInputException listing every problem
     */
    public static Decision<List<RegisterLine>> lateLines(List<? extends RegisterLine> lines, ZoneId zone) {
        Violations v = Violations.create();
        v.requireNonNull(zone, "zone", ArchiveRules.ARC_15);
        if (v.requireNonNull(lines, "lines", ArchiveRules.ARC_15)) {
            for (int i = 0; i < lines.size(); i++) {
                v.requireNonNull(lines.get(i), "lines[" + i + "]", ArchiveRules.ARC_15);
            }
        }
        v.throwIfAny();
        List<RegisterLine> late = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (RegisterLine l : lines) {
            LocalDate happened = Periods.dayOf(l.occurredAt(), zone);
            LocalDate written = Periods.dayOf(l.recordedAt(), zone);
            if (!written.equals(happened)) {
                late.add(l);
                reasons.add(Reason.of(ArchiveRules.ARC_15, ArchiveMessages.BUNDLE, "register.late", Labels.of(l.register()), happened, written));
            }
        }
        if (late.isEmpty()) {
            reasons.add(Reason.of(ArchiveRules.ARC_15, ArchiveMessages.BUNDLE, "register.allSameDay", lines.size()));
        }
        return Decision.of(List.copyOf(late), reasons);
    }
}
