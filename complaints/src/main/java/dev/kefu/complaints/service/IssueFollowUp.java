package dev.kefu.complaints.service;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.complaints.response.ResponseTimePolicy;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.validation.Violation;
import dev.kefu.core.validation.Violations;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * First-contact ownership and transfers of complex issues (CMP-16, CMP-17):
 * <ul>
 *   <li>the agent who first receives a question or problem owns it until it is resolved; a
 *       transfer to a department or superior keeps it under their name (不得踢皮球);</li>
 *   <li>every problem is handled within a time limit (限时处理): for a complex enquiry CMP-11's
 *       [X] hours, for any other problem CMP-16's own [X] limit — both in working time
 *       (CORE-CAL-2), both <b>required configuration</b>;</li>
 *   <li>a complex issue transferred is transferred with the expected reply time told to the
 *       customer, which may not be later than the complex-enquiry deadline ("Definitions and
 *       precedence").</li>
 * </ul>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class IssueFollowUp {

    private final BusinessCalendar calendar;
    private final Duration handlingLimit;
    private final ResponseTimePolicy responseTimes;

    private IssueFollowUp(Builder b) {
        this.calendar = b.calendar;
        this.handlingLimit = b.handlingLimit;
        this.responseTimes = b.responseTimes;
    }

    /**
     * A builder.
     *
     * @param calendar  the business calendar, not null (checked at build)
     * @return the builder
     */
    public static Builder builder(BusinessCalendar calendar) {
        return new Builder(calendar);
    }

    /**
     * Checks owned issues at an instant.
     *
     * @param issues  the issues, not null, no null element
     * @param now  the instant asked about (open issues past their limit are overdue), not null
     * @return the findings: ownership passed on, overdue, transfer without expected time, told time after the deadline
     */
    public Decision<ServiceAudit> check(List<OwnedIssue> issues, Instant now) {
        Violations v = Violations.create();
        if (v.requireNonNull(issues, "issues", ComplaintRules.CMP_16) && issues.stream().anyMatch(Objects::isNull)) {
            v.add("issues[]", "required", ComplaintRules.CMP_16);
        }
        v.requireNonNull(now, "now", ComplaintRules.CMP_16);
        v.throwIfAny();
        return ServiceAudit.guarded(() -> {
            ServiceAudit.Collector out = new ServiceAudit.Collector(ComplaintRules.CMP_16);
            for (OwnedIssue issue : issues) {
                Instant due = deadline(issue);
                String dueText = ComplaintsMessages.local(due, calendar.zone());
                for (Handoff h : issue.handoffs()) {
                    LocalDate day = LocalDate.ofInstant(h.at(), calendar.zone());
                    if (!h.ownerAfter().equals(issue.owner())) {
                        out.add(FindingKind.OWNERSHIP_PASSED_ON, issue.id(), day, issue.owner().value(), h.ownerAfter().value());
                    }
                    if (issue.kind() == IssueKind.COMPLEX_ENQUIRY) {
                        if (h.toldReplyBy().isEmpty()) {
                            out.add(FindingKind.TRANSFER_WITHOUT_EXPECTED_TIME, issue.id(), day);
                        } else if (h.toldReplyBy().get().isAfter(due)) {
                            out.add(FindingKind.TOLD_TIME_AFTER_DEADLINE, issue.id(), day,
                                    ComplaintsMessages.local(h.toldReplyBy().get(), calendar.zone()), dueText);
                        }
                    }
                }
                Instant stop = issue.resolvedAt().orElse(now);
                if (stop.isAfter(due)) {
                    out.add(FindingKind.ISSUE_OVERDUE, issue.id(), LocalDate.ofInstant(due, calendar.zone()), dueText);
                }
            }
            return out.decision(issues.size());
        });
    }

    /**
     * An issue's time limit (CMP-16): CMP-11's complex-enquiry deadline, or the CMP-16 limit.
     *
     * @param issue  the issue, not null
     * @return the deadline
     */
    public Instant deadline(OwnedIssue issue) {
        if (issue == null) {
            Violations.create().add("issue", "required", ComplaintRules.CMP_16).throwIfAny();
        }
        if (issue.kind() == IssueKind.COMPLEX_ENQUIRY) {
            return responseTimes.complexEnquiryDeadline(calendar, issue.receivedAt());
        }
        try {
            return calendar.plusWorkingTime(issue.receivedAt(), handlingLimit);
        } catch (DateTimeException | ArithmeticException e) {
            Violations.create().add("receivedAt", ComplaintsMessages.BUNDLE, "sla.outOfRange", ComplaintRules.CORE_CAL_4).throwIfAny();
            throw e;
        }
    }

    /** Builds the check; both limits are required. */
    public static final class Builder {

        private final BusinessCalendar calendar;
        private Duration handlingLimit;
        private ResponseTimePolicy responseTimes;
        private final List<Violation> problems = new ArrayList<>();

        private Builder(BusinessCalendar calendar) {
            this.calendar = calendar;
        }

        /** CMP-16's time limit for problems other than complaints and complex enquiries, in working time ([X], required). */
        public Builder handlingLimit(Duration limit) {
            if (limit == null || limit.isZero() || limit.isNegative()) {
                problems.addAll(Violations.create().add("handlingLimit", "positive", ComplaintRules.CMP_16).list());
            } else {
                handlingLimit = limit;
            }
            return this;
        }

        /** The response times whose complex-question target (CMP-11's [X] hours, required) limits complex enquiries. */
        public Builder responseTimes(ResponseTimePolicy policy) {
            responseTimes = policy;
            return this;
        }

        /**
         * Builds the check.
         *
         * @return the check
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing or bad setting
         */
        public IssueFollowUp build() {
            Violations v = Violations.create().addAll(problems);
            v.requireNonNull(calendar, "calendar", ComplaintRules.CMP_16);
            if (handlingLimit == null && problems.isEmpty()) {
                v.add("handlingLimit", ComplaintsMessages.BUNDLE, "service.required", ComplaintRules.CMP_16);
            }
            if (responseTimes == null || responseTimes.complexQuestionAnswerWithin().isEmpty()) {
                v.add("responseTimes.complexQuestionAnswerWithin", ComplaintsMessages.BUNDLE, "service.required", ComplaintRules.CMP_11);
            }
            v.throwIfAny();
            return new IssueFollowUp(this);
        }
    }
}
