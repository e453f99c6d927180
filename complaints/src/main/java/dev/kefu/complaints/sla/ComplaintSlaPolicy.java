package dev.kefu.complaints.sla;

import dev.kefu.complaints.Complaint;
import dev.kefu.complaints.ComplaintEvent;
import dev.kefu.complaints.ComplaintLevel;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.complaints.EventType;
import dev.kefu.core.calendar.BusinessCalendar;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * SLA clocks of complaints in working time (CMP-7, CMP-8, CMP-9, CMP-5).
 *
 * <p>Targets: investigation started within <b>1 working day</b> and a satisfactory reply within
 * <b>2 working days</b> of receipt (CMP-7), both counted as
 * {@link BusinessCalendar#deadlineAfterWorkingDays} counts — the day of receipt is not
 * counted and the period ends at close of business — with per-level overrides (CMP-8);
 * optionally a progress-update interval (CMP-9) and a callback deadline after the result is
 * reported (CMP-5). The regulation gives no value for those two, so there is no default: a
 * target that is not configured is refused when asked about.
 *
 * <p>Each target is a budget of working time: the working time from receipt to the legal
 * deadline. Paused time (between {@code PAUSED} and {@code RESUMED}) does not use the budget,
 * so pausing moves the due instant later, never earlier. A target is {@code AT_RISK} once the
 * configured share of its budget is used (default 80%), {@code BREACHED} once all of it is,
 * with the instant that happened; {@code MET} if its event came in time; {@code NOT_APPLICABLE}
 * before it starts or once the complaint is closed as unfounded. Everything is a pure
 * function of the complaint's timeline, the policy, the calendar and the instant asked about.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ComplaintSlaPolicy {

    static final RuleId CMP_7 = RuleId.of("CMP-7");

    private final BusinessCalendar calendar;
    private final Map<ComplaintLevel, Integer> investigationDays;
    private final Map<ComplaintLevel, Integer> replyDays;
    private final Duration progressInterval;
    private final Integer callbackDays;
    private final long atRiskUnits; // ten-thousandths of a percent

    private ComplaintSlaPolicy(Builder b) {
        this.calendar = b.calendar;
        this.investigationDays = new EnumMap<>(b.investigationDays);
        this.replyDays = new EnumMap<>(b.replyDays);
        this.progressInterval = b.progressInterval;
        this.callbackDays = b.callbackDays;
        this.atRiskUnits = b.atRisk.percent().movePointRight(Share.MAX_SCALE).longValueExact();
    }

    /**
     * A builder with the regulation's targets: 1 working day to start investigating, 2 to reply.
     *
     * @param calendar  the calendar the clocks run on, not null
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

    /** Whether a target is configured. */
    public boolean configured(SlaTarget target) {
        return target == SlaTarget.INVESTIGATION_START || target == SlaTarget.SATISFACTORY_REPLY
                || (target == SlaTarget.PROGRESS_UPDATE && progressInterval != null)
                || (target == SlaTarget.CALLBACK && callbackDays != null);
    }

    /**
     * One target of a complaint at an instant.
     *
     * @param complaint  the complaint, not null
     * @param target  the target, configured
     * @param now  the instant asked about, not null
     * @return the report
     * @throws dev.kefu.core.validation.PolicyInputException if the target is not configured
     */
    public SlaReport status(Complaint complaint, SlaTarget target, Instant now) {
        Clock c = clock(complaint, target, now);
        if (c == null) {
            return SlaReport.notApplicable(target);
        }
        return c.report(target);
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

    private Clock clock(Complaint complaint, SlaTarget target, Instant now) {
        if (complaint == null || now == null || target == null || !configured(target)) { // no allocation on the hot path
            Violations v = Violations.create();
            v.requireNonNull(complaint, "complaint", CMP_7);
            v.requireNonNull(now, "now", CMP_7);
            if (v.requireNonNull(target, "target", CMP_7) && !configured(target)) {
                v.add("target", ComplaintsMessages.BUNDLE, "sla.notConfigured", RuleId.of(target == SlaTarget.CALLBACK ? "CMP-5" : "CMP-9"), target);
            }
            v.throwIfAny();
        }
        List<ComplaintEvent> events = complaint.events();
        Instant received = events.get(0).at();
        if (now.isBefore(received) || closedInvalid(events, now)) {
            return null; // the complaint did not exist yet, or was closed as unfounded
        }
        Instant start = received;
        long budget;
        EventType metBy;
        switch (target) {
            case INVESTIGATION_START:
                budget = calendar.workingTimeToDeadline(received, investigationDays.get(complaint.level())).toNanos();
                metBy = EventType.INVESTIGATION_STARTED;
                break;
            case SATISFACTORY_REPLY:
                budget = calendar.workingTimeToDeadline(received, replyDays.get(complaint.level())).toNanos();
                metBy = EventType.CUSTOMER_SATISFIED;
                break;
            case CALLBACK: {
                Instant reported = first(events, EventType.RESULT_REPORTED, now);
                if (reported == null) {
                    return null;
                }
                start = reported;
                budget = calendar.workingTimeToDeadline(reported, callbackDays).toNanos();
                metBy = EventType.CALLBACK_DONE;
                break;
            }
            default: {
                if (first(events, EventType.CUSTOMER_SATISFIED, now) != null) {
                    return null;
                }
                for (ComplaintEvent e : events) {
                    if (e.type() == EventType.PROGRESS_UPDATE && !e.at().isAfter(now)) {
                        start = e.at();
                    }
                }
                budget = progressInterval.toNanos();
                metBy = null;
            }
        }
        Instant met = metBy == null ? null : first(events, metBy, now);
        if (metBy == EventType.CALLBACK_DONE && met == null) {
            met = first(events, EventType.CALLBACK_NOT_SATISFIED, now);
        }
        return new Clock(start, budget, met, events, now);
    }

    private static boolean closedInvalid(List<ComplaintEvent> events, Instant now) {
        for (ComplaintEvent e : events) {
            if (e.type() == EventType.ASSESSED_INVALID && !e.at().isAfter(now)) {
                return true;
            }
        }
        return false;
    }

    private static Instant first(List<ComplaintEvent> events, EventType type, Instant now) {
        for (ComplaintEvent e : events) {
            if (e.type() == type && !e.at().isAfter(now)) {
                return e.at();
            }
        }
        return null;
    }

    /** One running clock: its budget, its running segments (pauses cut out), its stop. */
    private final class Clock {
        final Instant start;
        final long budget;
        final Instant met;
        final Instant stop;
        final List<ComplaintEvent> events;
        final boolean paused;
        long used;
        Instant dueAt;

        Clock(Instant start, long budget, Instant met, List<ComplaintEvent> events, Instant now) {
            this.start = start;
            this.budget = budget;
            this.met = met;
            this.stop = met != null ? met : now;
            this.events = events;
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
            return atLeast(used, 1_000_000L, atRiskUnits, budget) ? SlaStatus.AT_RISK : SlaStatus.RUNNING;
        }

        SlaReport report(SlaTarget target) {
            SlaStatus s = status();
            Instant due = dueAt;
            if (due == null) { // not yet used up: from the stop (now, or when met), the rest of the budget
                due = calendar.plusWorkingTime(stop, Duration.ofNanos(budget - used));
            }
            Optional<Instant> breached = s == SlaStatus.BREACHED ? Optional.of(due) : Optional.empty();
            return new SlaReport(target, s, Optional.of(due), Duration.ofNanos(used), Duration.ofNanos(Math.max(0, budget - used)),
                    breached, Optional.ofNullable(met));
        }
    }

    /** Whether a × b &gt;= c × d for non-negative longs, exactly (128-bit products). */
    static boolean atLeast(long a, long b, long c, long d) {
        long hi1 = Math.multiplyHigh(a, b);
        long hi2 = Math.multiplyHigh(c, d);
        return hi1 > hi2 || (hi1 == hi2 && Long.compareUnsigned(a * b, c * d) >= 0);
    }

    /** Builds the SLA policy. */
    public static final class Builder {

        private final BusinessCalendar calendar;
        private final Map<ComplaintLevel, Integer> investigationDays = new EnumMap<>(ComplaintLevel.class);
        private final Map<ComplaintLevel, Integer> replyDays = new EnumMap<>(ComplaintLevel.class);
        private Duration progressInterval;
        private Integer callbackDays;
        private Share atRisk = Share.ofPercent(80);
        private final Violations problems = Violations.create();

        private Builder(BusinessCalendar calendar) {
            this.calendar = calendar;
            for (ComplaintLevel l : ComplaintLevel.values()) {
                investigationDays.put(l, 1);
                replyDays.put(l, 2);
            }
        }

        /**
         * Sets, for one level, the working days within which investigation must start and the
         * customer must get a satisfactory reply (CMP-8 per-level goals; CMP-7 defaults 1 and 2).
         *
         * @param level  the level, not null
         * @param investigation  working days to start investigating, at least 1
         * @param reply  working days to a satisfactory reply, at least the investigation days
         * @return this builder
         */
        public Builder level(ComplaintLevel level, int investigation, int reply) {
            Objects.requireNonNull(level, "level");
            if (investigation < 1 || reply < investigation) {
                problems.add("level[" + level + "]", ComplaintsMessages.BUNDLE, "sla.levelDays", RuleId.of("CMP-8"));
            } else {
                investigationDays.put(level, investigation);
                replyDays.put(level, reply);
            }
            return this;
        }

        /**
         * Sets the progress-update interval in working time (CMP-9); no default.
         *
         * @param interval  the interval, positive
         * @return this builder
         */
        public Builder progressUpdateEvery(Duration interval) {
            if (interval == null || interval.isZero() || interval.isNegative()) {
                problems.add("progressUpdateEvery", "positive", RuleId.of("CMP-9"));
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
        public Builder callbackWithin(int workingDays) {
            if (workingDays < 1) {
                problems.add("callbackWithin", "positive", RuleId.of("CMP-5"));
            } else {
                this.callbackDays = workingDays;
            }
            return this;
        }

        /**
         * Sets the share of a target's budget after which it is at risk; default 80%.
         *
         * @param share  above 0%
         * @return this builder
         */
        public Builder atRiskAfter(Share share) {
            if (share == null || share.isZero()) {
                problems.add("atRiskAfter", "positive", CMP_7);
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
            Violations v = Violations.create().addAll(problems.list());
            v.requireNonNull(calendar, "calendar", CMP_7);
            v.throwIfAny();
            return new ComplaintSlaPolicy(this);
        }
    }
}
