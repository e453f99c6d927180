package dev.kefu.complaints.service;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The service log and the daily problem summary (CMP-20): every agent keeps a service log
 * (客服日志) collecting each day's problems; logs are checked at an interval the seed leaves open
 * ([X], 定期: <b>required configuration</b>); one agent per week (一人/周, a weekly rota) summarises
 * each day's work problems on that day and reports them. Reading (catalogue): the summary is
 * daily and the duty rotates weekly. Days are the business calendar's working days.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ServiceLogs {

    private final BusinessCalendar calendar;
    private final Period checkInterval;

    private ServiceLogs(BusinessCalendar calendar, Period checkInterval) {
        this.calendar = calendar;
        this.checkInterval = checkInterval;
    }

    /**
     * The check with the host's log-check interval.
     *
     * @param calendar  the business calendar, not null
     * @param checkInterval  how often the logs are checked ([X], required), positive
     * @return the check
     * @throws dev.kefu.core.validation.PolicyInputException naming each missing or bad setting
     */
    public static ServiceLogs checkedEvery(BusinessCalendar calendar, Period checkInterval) {
        Violations v = Violations.create();
        v.requireNonNull(calendar, "calendar", ComplaintRules.CMP_20);
        if (!Reviews.positive(checkInterval)) {
            v.add("checkInterval", ComplaintsMessages.BUNDLE, "service.required", ComplaintRules.CMP_20);
        }
        v.throwIfAny();
        return new ServiceLogs(calendar, checkInterval);
    }

    /**
     * Checks logs, summaries and log checks over the working days from {@code from} to {@code today}.
     *
     * @param from  the first day, not null, not after today
     * @param today  the last day, not null
     * @param onDuty  the agents on duty per day, not null (a day missing means nobody on duty)
     * @param logged  the agents who kept a log per day, not null (a day missing means nobody logged)
     * @param summaries  the daily summaries, not null, no null element
     * @param rota  the agent on summary duty per week, keyed by the week's Monday, not null
     * @param logsCheckedOn  the days the logs were checked, not null, no null element
     * @return the findings: no log, no summary, a late summary, a summary off the rota, a log check overdue
     */
    public Decision<ServiceAudit> check(LocalDate from, LocalDate today, Map<LocalDate, Set<EmployeeId>> onDuty,
                                        Map<LocalDate, Set<EmployeeId>> logged, List<DailySummary> summaries,
                                        Map<LocalDate, EmployeeId> rota, List<LocalDate> logsCheckedOn) {
        Violations v = Violations.create();
        if (v.requireNonNull(from, "from", ComplaintRules.CMP_20) & v.requireNonNull(today, "today", ComplaintRules.CMP_20)
                && from.isAfter(today)) {
            v.add("from", ComplaintsMessages.BUNDLE, "indicators.order", ComplaintRules.CMP_20);
        }
        v.requireNonNull(onDuty, "onDuty", ComplaintRules.CMP_20);
        v.requireNonNull(logged, "logged", ComplaintRules.CMP_20);
        if (v.requireNonNull(summaries, "summaries", ComplaintRules.CMP_20) && summaries.stream().anyMatch(Objects::isNull)) {
            v.add("summaries[]", "required", ComplaintRules.CMP_20);
        }
        v.requireNonNull(rota, "rota", ComplaintRules.CMP_20);
        if (v.requireNonNull(logsCheckedOn, "logsCheckedOn", ComplaintRules.CMP_20) && logsCheckedOn.stream().anyMatch(Objects::isNull)) {
            v.add("logsCheckedOn[]", "required", ComplaintRules.CMP_20);
        }
        v.throwIfAny();
        return ServiceAudit.guarded(() -> {
            Map<LocalDate, DailySummary> byDay = new HashMap<>();
            for (DailySummary s : summaries) {
                byDay.putIfAbsent(s.day(), s);
            }
            ServiceAudit.Collector out = new ServiceAudit.Collector(ComplaintRules.CMP_20);
            int days = 0;
            for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
                if (!calendar.isWorkingDay(day)) {
                    continue;
                }
                days++;
                Set<EmployeeId> kept = new HashSet<>(logged.getOrDefault(day, Set.of()));
                for (EmployeeId agent : onDuty.getOrDefault(day, Set.of())) {
                    if (!kept.contains(agent)) {
                        out.add(FindingKind.NO_SERVICE_LOG, agent.value(), day);
                    }
                }
                DailySummary s = byDay.get(day);
                if (s == null) {
                    if (day.isBefore(today)) {
                        out.add(FindingKind.NO_DAILY_SUMMARY, "daily-summary", day);
                    }
                    continue;
                }
                if (LocalDate.ofInstant(s.reportedAt(), calendar.zone()).isAfter(day)) {
                    out.add(FindingKind.SUMMARY_LATE, s.by().value(), day);
                }
                EmployeeId duty = rota.get(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
                if (!s.by().equals(duty)) {
                    out.add(FindingKind.SUMMARY_BY_OFF_ROTA_AGENT, s.by().value(), day, duty == null ? "-" : duty.value());
                }
            }
            Reviews.overdue(out, "service-logs", from, logsCheckedOn, checkInterval, today);
            return out.decision(days);
        });
    }
}
