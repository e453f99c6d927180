package dev.kefu.complaints.service;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Service records (CMP-18): every service contact is recorded with the customer's need, the
 * problem, the measures, the handling time and the customer's feedback; a handled problem gets a
 * follow-up callback on the customer's satisfaction; the records are analysed periodically at an
 * interval the seed leaves open ([X], 定期): <b>required configuration</b>.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ServiceRecords {

    private final Period analysisInterval;
    private final ZoneId zone;

    private ServiceRecords(Period analysisInterval, ZoneId zone) {
        this.analysisInterval = analysisInterval;
        this.zone = zone;
    }

    /**
     * The check with the host's analysis interval.
     *
     * @param analysisInterval  how often the records are analysed ([X], required), positive
     * @param zone  the zone of the business calendar, not null
     * @return the check
     * @throws dev.kefu.core.validation.PolicyInputException naming each missing or bad setting
     */
    public static ServiceRecords analysedEvery(Period analysisInterval, ZoneId zone) {
        Violations v = Violations.create();
        if (!Reviews.positive(analysisInterval)) {
            v.add("analysisInterval", ComplaintsMessages.BUNDLE, "service.required", ComplaintRules.CMP_18);
        }
        v.requireNonNull(zone, "zone", ComplaintRules.CMP_18);
        v.throwIfAny();
        return new ServiceRecords(analysisInterval, zone);
    }

    /**
     * Checks the records and their analyses up to a day.
     *
     * @param records  the records, not null, no null element
     * @param analysedOn  the days the records were analysed, not null, no null element
     * @param today  the day asked about, not null
     * @return the findings: incomplete records, no follow-up callback, analysis overdue
     */
    public Decision<ServiceAudit> check(List<ServiceRecord> records, List<LocalDate> analysedOn, LocalDate today) {
        Violations v = Violations.create();
        if (v.requireNonNull(records, "records", ComplaintRules.CMP_18) && records.stream().anyMatch(Objects::isNull)) {
            v.add("records[]", "required", ComplaintRules.CMP_18);
        }
        if (v.requireNonNull(analysedOn, "analysedOn", ComplaintRules.CMP_18) && analysedOn.stream().anyMatch(Objects::isNull)) {
            v.add("analysedOn[]", "required", ComplaintRules.CMP_18);
        }
        v.requireNonNull(today, "today", ComplaintRules.CMP_18);
        v.throwIfAny();
        return ServiceAudit.guarded(() -> {
            ServiceAudit.Collector out = new ServiceAudit.Collector(ComplaintRules.CMP_18);
            LocalDate first = null;
            for (ServiceRecord r : records) {
                LocalDate day = LocalDate.ofInstant(r.handledAt(), zone);
                first = first == null || day.isBefore(first) ? day : first;
                List<String> missing = new ArrayList<>();
                EnquiryLog.blank(r.need(), "need", missing);
                EnquiryLog.blank(r.problem(), "problem", missing);
                EnquiryLog.blank(r.measures(), "measures", missing);
                EnquiryLog.blank(r.feedback(), "feedback", missing);
                if (!missing.isEmpty()) {
                    out.add(FindingKind.SERVICE_RECORD_INCOMPLETE, r.id(), day, String.join(", ", missing));
                }
                if (r.followUpCallbackAt().isEmpty()) {
                    out.add(FindingKind.NO_FOLLOW_UP_CALLBACK, r.id(), day);
                }
            }
            if (first != null) {
                Reviews.overdue(out, "service-records", first, analysedOn, analysisInterval, today);
            }
            return out.decision(records.size());
        });
    }
}
