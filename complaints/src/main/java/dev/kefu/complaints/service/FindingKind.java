package dev.kefu.complaints.service;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.core.decision.RuleId;

/** What a service-record check found (CMP-15 … CMP-20). Labels: {@code ComplaintsMessages.label}. */
public enum FindingKind {
    /** CMP-15: an enquiry log entry lacks a field (name, contact, question, where from, why). */
    ENQUIRY_FIELD_MISSING(ComplaintRules.CMP_15),
    /** CMP-15: the key details were not read back to the caller. */
    ENQUIRY_NOT_READ_BACK(ComplaintRules.CMP_15),
    /** CMP-16: the issue left its first-contact owner's name (踢皮球). */
    OWNERSHIP_PASSED_ON(ComplaintRules.CMP_16),
    /** CMP-16: the issue was not handled within its time limit. */
    ISSUE_OVERDUE(ComplaintRules.CMP_16),
    /** CMP-17: a complex issue was transferred without an expected reply time told to the customer. */
    TRANSFER_WITHOUT_EXPECTED_TIME(ComplaintRules.CMP_17),
    /** CMP-17: the reply time told is later than the complex-enquiry deadline. */
    TOLD_TIME_AFTER_DEADLINE(ComplaintRules.CMP_17),
    /** CMP-18: a service record lacks need, problem, measures, handling time or feedback. */
    SERVICE_RECORD_INCOMPLETE(ComplaintRules.CMP_18),
    /** CMP-18: a handled problem got no follow-up callback. */
    NO_FOLLOW_UP_CALLBACK(ComplaintRules.CMP_18),
    /** CMP-18 / CMP-20: the periodic analysis or log check is overdue. */
    REVIEW_OVERDUE(ComplaintRules.CMP_18),
    /** CMP-19: a customer in scope was not called back within the interval. */
    CALLBACK_OVERDUE(ComplaintRules.CMP_19),
    /** CMP-19: a callback did not record satisfaction with product quality, attitude and delivery. */
    CALLBACK_INCOMPLETE(ComplaintRules.CMP_19),
    /** CMP-19: a problem found on a callback was not passed to the department concerned. */
    PROBLEM_NOT_FORWARDED(ComplaintRules.CMP_19),
    /** CMP-20: an agent on duty kept no service log that day. */
    NO_SERVICE_LOG(ComplaintRules.CMP_20),
    /** CMP-20: no daily problem summary for a working day. */
    NO_DAILY_SUMMARY(ComplaintRules.CMP_20),
    /** CMP-20: the daily summary was reported after that day. */
    SUMMARY_LATE(ComplaintRules.CMP_20),
    /** CMP-20: the daily summary was made by someone other than the week's rota agent. */
    SUMMARY_BY_OFF_ROTA_AGENT(ComplaintRules.CMP_20);

    private final RuleId rule;

    FindingKind(RuleId rule) {
        this.rule = rule;
    }

    /** The rule the finding breaks. */
    public RuleId rule() {
        return rule;
    }
}
