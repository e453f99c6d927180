package dev.kefu.complaints.sla;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.core.decision.RuleId;

/** The time targets of a complaint, each with its rule. Labels: {@code ComplaintsMessages.label}. */
public enum SlaTarget {
    /**
     * The first-contact owner passes the complaint to the HR-admin intake the same working day
     * (CMP-16; met by {@code RECORDED}).
     */
    INTAKE_HANDOVER(ComplaintRules.CMP_16),
    /** The resolver records the start of the investigation within 1 working day of first receipt (CMP-7). */
    INVESTIGATION_START(ComplaintRules.CMP_7),
    /**
     * A reply within 2 working days of first receipt (CMP-7): met by a reply proposing a
     * resolution (CMP-4, {@code SOLUTION_PROPOSED}) or by CMP-3's tactful answer to an unfounded
     * complaint ({@code ASSESSED_INVALID}).
     */
    REPLY(ComplaintRules.CMP_7),
    /** The customer is told of progress at the host's interval while handling is open (CMP-9). */
    PROGRESS_UPDATE(ComplaintRules.CMP_9),
    /** The callback after the result is reported (CMP-5, CMP-8: callbacks are always made). */
    CALLBACK(ComplaintRules.CMP_5);

    private final RuleId rule;

    SlaTarget(RuleId rule) {
        this.rule = rule;
    }

    /** The rule that sets this target. */
    public RuleId rule() {
        return rule;
    }
}
