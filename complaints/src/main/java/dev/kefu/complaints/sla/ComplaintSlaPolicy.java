package dev.kefu.complaints.sla;

import dev.kefu.complaints.Complaint;
import dev.kefu.complaints.ComplaintEvent;
import dev.kefu.complaints.ComplaintLevel;
import dev.kefu.complaints.ComplaintRules;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.complaints.EventType;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.calendar.CalendarCoverageException;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violation;
import dev.kefu.core.validation.Violations;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SLA clocks of complaints in working time (CMP-7, CMP-16, CMP-9, CMP-5; "Definitions and
 * precedence", Complaints; CORE-CAL-2 working hours, CORE-CAL-4 periods).
 *
 * <p>Targets ({@link SlaTarget}): the first-contact owner passes the complaint to the HR-admin
 * intake <b>the same working day</b> (CMP-16); the resolver records the start of the
 * investigation within <b>1 working day</b> and the customer gets a reply within <b>2 working
 * days</b> (CMP-7). Both CMP-7 clocks start when the complaint was first received on any channel
 * (CMP-2, the first event). The reply is met by a reply proposing a resolution (CMP-4) or by
 * CMP-3's tactful answer to an unfounded complaint; a rejected reply reopens handling (the
 * workflow) and the CMP-9 clock runs again, but the CMP-7 reply target stays met. Periods of n
 * working days exclude the day of receipt and end at close of business (CORE-CAL-4,
 * {@link BusinessCalendar#deadlineAfterWorkingDays}); a host may set other day counts per level.
 * The progress-update interval (CMP-9) and the callback deadline (CMP-5) have no value in the
 * regulation: no default, and a target not configured is refused when asked about.
 *
 * <p>Each target is a budget of working time from its start to its legal deadline. Paused time
 * (between {@code PAUSED} and {@code RESUMED}) does not use the budget. A target is
 * {@code BREACHED} once all of the budget is used, {@code MET} if its event came in time,
 * {@code NOT_APPLICABLE} before it starts or when it cannot apply; {@code AT_RISK} only if the
 * host sets an at-risk share (the regulation gives none). A {@link Complaint} is always in time
 * order with pauses and resumptions alternating, so no clock runs backwards. Reports are built in
 * one place, {@code report(…)}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ComplaintSlaPolicy {

    static final RuleId CMP_7 = ComplaintRules.CMP_7;
    private static final int INVESTIGATION_DAYS = 1;
    private static final int REPLY_DAYS = 2;

    private final BusinessCalendar calendar;
    private final Map<ComplaintLevel, Integer> investigationDays;
    private final Map<ComplaintLevel, Integer> replyDays;
    private final Duration progressInterval;
    private final Integer callbackDays;
    private final long atRiskUnits; // ten-thousandths of a percent; 0 = never at risk

    private ComplaintSlaPolicy(Builder b) {
        this.calendar = b.calendar;
        this.investigationDays = new HashMap<>(b.investigationDays);
        this.replyDays = new HashMap<>(b.replyDays);
        this.progressInterval = b.progressInterval;
        this.callbackDays = b.callbackDays;
        this.atRiskUnits = b.atRisk == null ? 0 : b.atRisk.percent().movePointRight(Share.MAX_SCALE).longValueExact();
    }

    /**
     * The regulation's targets (CMP-7: 1 and 2 working days; CMP-16: the same working day),
     * without the optional CMP-9 and CMP-5 targets.
     *
     * @param calendar  the calendar the clocks run on, not null
     * @return the policy
     * @throws dev.kefu.core.validation.PolicyInputException if the calendar is null
     */
    public static ComplaintSlaPolicy regulation(BusinessCalendar calendar) {
        return builder(calendar).build();
    }

    /**
     * A builder with the regulation's targets: 1 working day to start investigating, 2 to reply.
     *
     * @param calendar  the calendar the clocks run on, not null (checked at build)
     * @return the builder
     */
    public static Builder builder(BusinessCalendar calendar) {
        return new Builder(calendar);
    }

    /** The calendar the clocks run on. */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * Every configured target of a complaint at an instant.
     *
     * @param complaint  the complaint, not null
     * @param now  the instant asked about, not null
     * @return one report per configured target, in {@link SlaTarget} order
     */
    public List<SlaReport> status(Complaint complaint, Instant now) {
        List<SlaReport> out = new ArrayList<>();
        for (SlaTarget t : SlaTarget.values()) {
            if (configured(t)) {
                out.add(status(complaint, t, now));
            }
        }
        return out;
    }

    /** Whether a target is configured (CMP-9 and CMP-5 only when the host set them). */
    public boolean configured(SlaTarget target) {
        return target != null && (target == SlaTarget.INTAKE_HANDOVER || target == SlaTarget.INVESTIGATION_START
                || target == SlaTarget.REPLY
                || (target == SlaTarget.PROGRESS_UPDATE && progressInterval != null)
                || (target == SlaTarget.CALLBACK && callbackDays != null));
    }

    /**
     * One target of a complaint at an instant.
     *
     * @param complaint  the complaint, not null
     * @param target  the target, configured
     * @param now  the instant asked about, not null
     * @return the report, carrying the target's rule ID
     * @throws dev.kefu.core.validation.PolicyInputException if the target is not configured
     * @throws CalendarCoverageException if the calendar does not cover the dates involved
     */
    public SlaReport status(Complaint complaint, SlaTarget target, Instant now) {
        Clock c = clock(complaint, target, now);
        if (c == null) {
            return report(target, SlaStatus.NOT_APPLICABLE, null, 0, 0, null, java.util.List.of());
        }
        return guarded(() -> c.report(target));
    }

    /**
     * Only the status of a target, without the due instant: the fast path for boards that
     * ask "what is breaching now" of many complaints.
     *
     * @param complaint  the complaint, not null
     * @param target  the target, configured
     * @param now  the instant asked about, not null
     * @return the status
     */
    public SlaStatus quickStatus(Complaint complaint, SlaTarget target, Instant now) {
        Clock c = clock(complaint, target, now);
        return c == null ? SlaStatus.NOT_APPLICABLE : c.status();
    }

    /** The one place reports are built (a later "provisional" mark, CORE-CAL-3, belongs here). */
    private static SlaReport report(SlaTarget target, SlaStatus status, Instant due, long used, long budget, Instant met,
            java.util.List<dev.kefu.core.decision.Reason> calendarNotes) {
        return new SlaReport(target, target.rule(), status, Optional.ofNullable(due), Duration.ofNanos(used),
                Duration.ofNanos(Math.max(0, budget - used)),
                status == SlaStatus.BREACHED ? Optional.ofNullable(due) : Optional.empty(), Optional.ofNullable(met),
                calendarNotes);
    }

    private interface Work<T> {
        T run();
    }

    /** Calendar arithmetic at the ends of time becomes a clear error, not a DateTimeException. */
    private static <T> T guarded(Work<T> work) {
        try {
            return work.run();
        } catch (CalendarCoverageException e) {
            throw e;
        } catch (DateTimeException | ArithmeticException e) {
            Violations.create().add("now", ComplaintsMessages.BUNDLE, "sla.outOfRange", ComplaintRules.CORE_CAL_4).throwIfAny();
            throw e;
        }
    }

    private Clock clock(Complaint complaint, SlaTarget target, Instant now) {
        if (complaint == null || now == null || !configured(target)) { // no allocation on the hot path
            Violations v = Violations.create();
            v.requireNonNull(complaint, "complaint", CMP_7);
            v.requireNonNull(now, "now", CMP_7);
            if (v.requireNonNull(target, "target", CMP_7) && !configured(target)) {
                v.add("target", ComplaintsMessages.BUNDLE, "sla.notConfigured", target.rule(), target.ordinal());
            }
            v.throwIfAny();
        }
        try { // no lambda on the hot path
            return clockOf(complaint, target, now);
        } catch (CalendarCoverageException e) {
            throw e;
        } catch (DateTimeException | ArithmeticException e) {
            Violations.create().add("now", ComplaintsMessages.BUNDLE, "sla.outOfRange", ComplaintRules.CORE_CAL_4).throwIfAny();
            throw e;
        }
    }

    private Clock clockOf(Complaint complaint, SlaTarget target, Instant now) {
        List<ComplaintEvent> events = complaint.events();
        Instant received = events.get(0).at();
        if (now.isBefore(received)) {
            return null; // the complaint did not exist yet
        }
        Instant unfounded = first(events, EventType.ASSESSED_INVALID, now);
        Instant start = received;
        long budget;
        Instant met;
        switch (target) {
            case INTAKE_HANDOVER:
                budget = calendar.workingTimeBetween(received, sameWorkingDayClose(received)).toNanos();
                met = first(events, EventType.RECORDED, now);
                break;
            case INVESTIGATION_START:
                met = first(events, EventType.INVESTIGATION_STARTED, now);
                if (unfounded != null && met == null) {
                    return null; // unfounded: nothing to investigate
                }
                budget = calendar.workingTimeToDeadline(received, investigationDays.getOrDefault(complaint.level(), INVESTIGATION_DAYS)).toNanos();
                break;
            case REPLY:
                met = first(events, EventType.SOLUTION_PROPOSED, now);
                if (met == null) {
                    met = unfounded; // CMP-3's tactful answer
                }
                budget = calendar.workingTimeToDeadline(received, replyDays.getOrDefault(complaint.level(), REPLY_DAYS)).toNanos();
                break;
            case CALLBACK: {
                Instant reported = first(events, EventType.RESULT_REPORTED, now);
                if (reported == null) {
                    return null;
                }
                start = reported;
                budget = calendar.workingTimeToDeadline(reported, callbackDays).toNanos();
                met = first(events, EventType.CALLBACK_DONE, now);
                if (met == null) {
                    met = first(events, EventType.CALLBACK_NOT_SATISFIED, now);
                }
                break;
            }
            default: {
                if (unfounded != null || handlingSettled(events, now)) {
                    return null;
                }
                for (ComplaintEvent e : events) {
                    if (e.at().isAfter(now)) {
                        break;
                    }
                    if (e.type() == EventType.PROGRESS_UPDATE || e.type() == EventType.SOLUTION_PROPOSED) {
                        start = e.at();
                    }
                }
                budget = progressInterval.toNanos();
                met = null;
            }
        }
        return new Clock(start, budget, met, events, now);
    }

    /** Close of business of the day of receipt if it is a working day received before close, else of the next working day. */
    private Instant sameWorkingDayClose(Instant received) {
        LocalDate day = LocalDate.ofInstant(received, calendar.zone());
        if (calendar.isWorkingDay(day)) {
            Instant close = calendar.closeOfBusiness(day);
            if (received.isBefore(close)) {
                return close;
            }
        }
        return calendar.closeOfBusiness(calendar.nextWorkingDay(day));
    }

    /** Whether the customer's last answer (up to now) accepted the resolution, or the complaint is archived. */
    private static boolean handlingSettled(List<ComplaintEvent> events, Instant now) {
        boolean settled = false;
        for (ComplaintEvent e : events) {
            if (e.at().isAfter(now)) {
                break;
            }
            switch (e.type()) {
                case CUSTOMER_SATISFIED, ARCHIVED -> settled = true;
                case CUSTOMER_NOT_SATISFIED, CALLBACK_NOT_SATISFIED -> settled = false;
                default -> { }
            }
        }
        return settled;
    }

    private static Instant first(List<ComplaintEvent> events, EventType type, Instant now) {
        for (ComplaintEvent e : events) {
            if (e.at().isAfter(now)) {
                return null;
            }
            if (e.type() == type) {
                return e.at();
            }
        }
        return null;
    }

    /** One running clock: its budget, its running segments (pauses cut out), its stop. */
    private final class Clock {
        final long budget;
        final Instant met;
        final Instant stop;
        final boolean paused;
        final long used;
        final Instant dueAt;
        final Instant start;

        Clock(Instant start, long budget, Instant met, List<ComplaintEvent> events, Instant now) {
            this.start = start;
            this.budget = budget;
            this.met = met;
            this.stop = met != null ? met : now;
            boolean p = false;
            Instant segment = start;
            long usedSoFar = 0;
            Instant due = null;
            for (ComplaintEvent e : events) {
                if (!e.at().isAfter(start) || e.at().isAfter(stop)) {
                    if (e.type() == EventType.PAUSED && !e.at().isAfter(start)) {
                        p = true;
                    } else if (e.type() == EventType.RESUMED && !e.at().isAfter(start)) {
                        p = false;
                    }
                    continue;
                }
                if (e.type() == EventType.PAUSED && !p) {
                    long work = calendar.workingTimeBetween(segment, e.at()).toNanos();
                    if (due == null && usedSoFar + work >= budget) {
                        due = calendar.plusWorkingTime(segment, Duration.ofNanos(budget - usedSoFar));
                    }
                    usedSoFar += work;
                    p = true;
                } else if (e.type() == EventType.RESUMED && p) {
                    segment = e.at();
                    p = false;
                }
            }
            if (!p) {
                long work = calendar.workingTimeBetween(segment, stop).toNanos();
                if (due == null && usedSoFar + work >= budget) {
                    due = calendar.plusWorkingTime(segment, Duration.ofNanos(budget - usedSoFar));
                }
                usedSoFar += work;
            }
            this.paused = p && met == null;
            this.used = usedSoFar;
            this.dueAt = due;
        }

        SlaStatus status() {
            if (met != null) {
                return used <= budget ? SlaStatus.MET : SlaStatus.BREACHED;
            }
            if (used >= budget) {
                return SlaStatus.BREACHED;
            }
            if (paused) {
                return SlaStatus.PAUSED;
            }
            return atRiskUnits > 0 && atLeast(used, 1_000_000L, atRiskUnits, budget) ? SlaStatus.AT_RISK : SlaStatus.RUNNING;
        }

        SlaReport report(SlaTarget target) {
            SlaStatus s = status();
            Instant due = dueAt;
            if (due == null) { // not yet used up: from the stop (now, or when met), the rest of the budget
                due = calendar.plusWorkingTime(stop, Duration.ofNanos(budget - used));
            }
            // CORE-CAL-3: a due instant computed across a year not yet published is provisional
            java.util.List<dev.kefu.core.decision.Reason> notes = calendar.isProvisionalBetween(start, due)
                    ? calendar.provisionalReasons(LocalDate.ofInstant(start, calendar.zone()), LocalDate.ofInstant(due, calendar.zone()))
                    : java.util.List.of();
            return ComplaintSlaPolicy.report(target, s, due, used, budget, met, notes);
        }
    }

    /** Whether a × b &gt;= c × d for non-negative longs, exactly (128-bit products). */
    static boolean atLeast(long a, long b, long c, long d) {
        long hi1 = Math.multiplyHigh(a, b);
        long hi2 = Math.multiplyHigh(c, d);
        return hi1 > hi2 || (hi1 == hi2 && Long.compareUnsigned(a * b, c * d) >= 0);
    }

    /** Builds the SLA policy; every setter records problems and {@link #build()} reports them all. */
    public static final class Builder {

        private final BusinessCalendar calendar;
        private final Map<ComplaintLevel, Integer> investigationDays = new HashMap<>();
        private final Map<ComplaintLevel, Integer> replyDays = new HashMap<>();
        private Duration progressInterval;
        private Integer callbackDays;
        private Share atRisk;
        private final List<Violation> problems = new ArrayList<>();

        private Builder(BusinessCalendar calendar) {
            this.calendar = calendar;
        }

        private void problem(String path, String key, RuleId rule, Object... args) {
            problems.addAll(Violations.create().add(path, ComplaintsMessages.BUNDLE, key, rule, args).list());
        }

        /**
         * Sets, for one level, the working days within which the investigation must start and the
         * reply must come (a host's per-level goals; CMP-7's 1 and 2 apply to every other level).
         *
         * @param level  the level, not null
         * @param investigationWorkingDays  at least 1
         * @param replyWorkingDays  at least the investigation days
         * @return this builder
         */
        public Builder levelDeadlinesInWorkingDays(ComplaintLevel level, int investigationWorkingDays, int replyWorkingDays) {
            String path = "levelDeadlines[" + (level == null ? "?" : level.name()) + "]";
            if (level == null) {
                problems.addAll(Violations.create().add(path, "required", ComplaintRules.CMP_8).list());
            }
            if (investigationWorkingDays < 1 || replyWorkingDays < investigationWorkingDays) {
                problem(path, "sla.levelDays", CMP_7, investigationWorkingDays, replyWorkingDays);
            } else if (level != null) {
                investigationDays.put(level, investigationWorkingDays);
                replyDays.put(level, replyWorkingDays);
            }
            return this;
        }

        /**
         * Sets the progress-update interval in working time (CMP-9); no default.
         *
         * @param interval  positive, representable in nanoseconds
         * @return this builder
         */
        public Builder progressUpdateEvery(Duration interval) {
            if (interval == null || interval.isZero() || interval.isNegative()) {
                problems.addAll(Violations.create().add("progressUpdateEvery", "positive", ComplaintRules.CMP_9).list());
            } else if (interval.compareTo(Duration.ofNanos(Long.MAX_VALUE)) > 0) {
                problem("progressUpdateEvery", "sla.tooLong", ComplaintRules.CMP_9, Duration.ofNanos(Long.MAX_VALUE).toDays());
            } else {
                this.progressInterval = interval;
            }
            return this;
        }

        /**
         * Sets the callback deadline, in working days after the result is reported (CMP-5); no default.
         *
         * @param workingDays  at least 1
         * @return this builder
         */
        public Builder callbackWithinWorkingDays(int workingDays) {
            if (workingDays < 1) {
                problem("callbackWithinWorkingDays", "sla.atLeastOneDay", ComplaintRules.CMP_5, workingDays);
            } else {
                this.callbackDays = workingDays;
            }
            return this;
        }

        /**
         * Sets the share of a target's budget after which it is reported at risk. The regulation
         * gives none, so by default no target is ever at risk.
         *
         * @param share  above 0%
         * @return this builder
         */
        public Builder atRiskAfter(Share share) {
            if (share == null || share.isZero()) {
                problems.addAll(Violations.create().add("atRiskAfter", "positive", CMP_7).list());
            } else {
                this.atRisk = share;
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException listing every bad setting
         */
        public ComplaintSlaPolicy build() {
            Violations v = Violations.create().addAll(problems);
            v.requireNonNull(calendar, "calendar", CMP_7);
            v.throwIfAny();
            return new ComplaintSlaPolicy(this);
        }
    }
}
