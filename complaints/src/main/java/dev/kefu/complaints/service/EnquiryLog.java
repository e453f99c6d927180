package dev.kefu.complaints.service;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The enquiry log (CMP-15): every enquiry call is logged with the caller's name and contact,
 * what they ask, where they are from and why they ask, and the key details are read back to the
 * caller. Callbacks work from this log.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class EnquiryLog {

    private EnquiryLog() {
    }

    /**
     * Checks log entries.
     *
     * @param entries  the entries, not null, no null element
     * @return the findings: a missing field (named), details not read back
     */
    public static Decision<ServiceAudit> check(List<EnquiryRecord> entries) {
        Violations v = Violations.create();
        if (v.requireNonNull(entries, "entries", ComplaintRules.CMP_15) && entries.stream().anyMatch(Objects::isNull)) {
            v.add("entries[]", "required", ComplaintRules.CMP_15);
        }
        v.throwIfAny();
        ServiceAudit.Collector out = new ServiceAudit.Collector(ComplaintRules.CMP_15);
        for (EnquiryRecord e : entries) {
            List<String> missing = new ArrayList<>();
            blank(e.callerName(), "callerName", missing);
            blank(e.contact(), "contact", missing);
            blank(e.question(), "question", missing);
            blank(e.origin(), "origin", missing);
            blank(e.purpose(), "purpose", missing);
            if (!missing.isEmpty()) {
                out.add(FindingKind.ENQUIRY_FIELD_MISSING, e.id(), null, String.join(", ", missing));
            }
            if (e.readBack() == ReadBack.NOT_READ_BACK) {
                out.add(FindingKind.ENQUIRY_NOT_READ_BACK, e.id(), null);
            }
        }
        return out.decision(entries.size());
    }

    static void blank(String s, String name, List<String> missing) {
        if (s == null || s.isBlank()) {
            missing.add(name);
        }
    }
}
