package dev.kefu.appraisal.conduct;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Leaving the post (擅离职守, APR-15, S3 §3.5 and §5): nobody leaves their post without the
 * manager's approval; time outside the office area may not exceed the set limit — the seed says
 * only 规定时限, so the limit is required — unless the duty manager (值班经理) permitted it. The
 * outings and the time away per agent in a period (a shift) are computed from desk-presence
 * events. A breach is recorded in the ledger as {@code UnscheduledOffence.LEAVING_POST}, through
 * APR-6's ladder.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class LeavingPostPolicy {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Duration limit;
    private final ZoneId zone;

    private LeavingPostPolicy(Duration limit, ZoneId zone) {
        this.limit = limit;
        this.zone = zone;
    }

    /** A builder: the time limit is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The outings in a period, from desk-presence events, per agent in time order. An agent away
     * at the end of the period is counted to its end.
     *
     * @param events  the events, not null, no null element
     * @param from  the start of the period (a shift), inclusive
     * @param to  the end of the period, after the start
     * @return the outings, by agent then time
     * @throws dev.kefu.core.validation.PolicyInputException on a null, a reversed period, or two
     *     departures of one agent without a return between them
     */
    public static List<Outing> outings(List<DeskEvent> events, Instant from, Instant to) {
        Violations v = Violations.create();
        if (v.requireNonNull(events, "events", AppraisalRules.APR_15)) {
            for (int i = 0; i < events.size(); i++) {
                v.requireNonNull(events.get(i), "events[" + i + "]", AppraisalRules.APR_15);
            }
        }
        if (v.requireNonNull(from, "from", AppraisalRules.APR_15) & v.requireNonNull(to, "to", AppraisalRules.APR_15) && !to.isAfter(from)) {
            v.add("to", AppraisalMessages.BUNDLE, "post.order", AppraisalRules.APR_15);
        }
        v.throwIfAny();
        List<DeskEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(DeskEvent::at));
        Map<EmployeeId, Instant> out = new LinkedHashMap<>();
        List<Outing> result = new ArrayList<>();
        for (DeskEvent e : sorted) {
            if (e.leaving()) {
                if (out.containsKey(e.employee())) {
                    v.add("events", AppraisalMessages.BUNDLE, "post.twice", AppraisalRules.APR_15, e.employee());
                }
                out.put(e.employee(), e.at());
            } else {
                Instant left = out.remove(e.employee());
                if (left != null) {
                    add(result, e.employee(), left, Optional.of(e.at()), from, to);
                }
            }
        }
        v.throwIfAny();
        out.forEach((emp, left) -> add(result, emp, left, Optional.empty(), from, to));
        result.sort(Comparator.comparing((Outing o) -> o.employee().value()).thenComparing(Outing::left));
        return List.copyOf(result);
    }

    private static void add(List<Outing> result, EmployeeId e, Instant left, Optional<Instant> back, Instant from, Instant to) {
        Instant start = left.isBefore(from) ? from : left;
        Instant end = back.filter(b -> b.isBefore(to)).orElse(to);
        if (end.isAfter(start)) {
            result.add(new Outing(e, left, back, Duration.between(start, end)));
        }
    }

    /** The time away per agent in the outings. */
    public static Map<EmployeeId, Duration> timeAway(List<Outing> outings) {
        Violations v = Violations.create();
        v.requireNonNull(outings, "outings", AppraisalRules.APR_15);
        v.throwIfAny();
        Map<EmployeeId, Duration> m = new HashMap<>();
        for (Outing o : outings) {
            m.merge(o.employee(), o.away(), Duration::plus);
        }
        return Map.copyOf(m);
    }

    /**
     * Checks outings: each needs the manager's approval, and none may exceed the time limit
     * unless the duty manager permitted it.
     *
     * @param outings  the outings, not null, no null element
     * @param approved  the outings the manager approved (by their departure time and agent)
     * @param dutyManagerPermitted  the outings the duty manager permitted to run over the limit
     * @return the decision whose outcome lists every breach, in order
     */
    public Decision<List<OutingFinding>> check(List<Outing> outings, Set<Outing> approved, Set<Outing> dutyManagerPermitted) {
        Violations v = Violations.create();
        if (v.requireNonNull(outings, "outings", AppraisalRules.APR_15)) {
            for (int i = 0; i < outings.size(); i++) {
                v.requireNonNull(outings.get(i), "outings[" + i + "]", AppraisalRules.APR_15);
            }
        }
        v.requireNonNull(approved, "approved", AppraisalRules.APR_15);
        v.requireNonNull(dutyManagerPermitted, "dutyManagerPermitted", AppraisalRules.APR_15);
        v.throwIfAny();
        List<OutingFinding> findings = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (Outing o : outings) {
            boolean over = o.away().compareTo(limit) > 0 && !dutyManagerPermitted.contains(o);
            boolean unapproved = !approved.contains(o);
            if (over || unapproved) {
                findings.add(new OutingFinding(o, over, unapproved));
                String when = TIME.format(o.left().atZone(zone));
                if (unapproved) {
                    reasons.add(Reason.of(AppraisalRules.APR_15, AppraisalMessages.BUNDLE, "post.unapproved", o.employee(), when));
                }
                if (over) {
                    reasons.add(Reason.of(AppraisalRules.APR_15, AppraisalMessages.BUNDLE, "post.overLimit", o.employee(), when,
                            o.away().toMinutes(), limit.toMinutes()));
                }
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(AppraisalRules.APR_15, AppraisalMessages.BUNDLE, "post.ok", outings.size()));
        }
        return Decision.of(List.copyOf(findings), reasons);
    }

    @Override
    public String toString() {
        return "LeavingPostPolicy[limit " + limit + "]";
    }

    /** Builds the policy; {@link #build()} names every missing or bad setting. */
    public static final class Builder {
        private Duration limit;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /** The longest time outside the office area (规定时限, APR-15); required, positive. */
        public Builder timeLimit(Duration limit) {
            this.limit = limit;
            if (limit != null && (limit.isZero() || limit.isNegative())) {
                problems.add("timeLimit", "positive", AppraisalRules.APR_15);
            }
            return this;
        }

        /** The zone times are shown in; default {@code Asia/Shanghai}. */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            if (zone == null) {
                problems.add("zone", "required", AppraisalRules.APR_15);
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing or bad setting
         */
        public LeavingPostPolicy build() {
            Violations v = Violations.create().addAll(problems.list());
            v.requireNonNull(limit, "timeLimit", AppraisalRules.APR_15);
            v.throwIfAny();
            return new LeavingPostPolicy(limit, zone);
        }
    }
}
