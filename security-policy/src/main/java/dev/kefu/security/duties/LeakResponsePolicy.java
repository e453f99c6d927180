package dev.kefu.security.duties;

import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityMessages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * SEC-11: a leak of customer information is contained at once and reported
 * (「如发生客户信息泄露等安全事件,应立即采取措施进行处理,并及时报告公司相关部门」). "At once" (立即)
 * and "promptly" (及时) give no number, so both deadlines are required settings
 * ({@code containWithin}, {@code reportWithin}), counted in elapsed time from discovery. The
 * report counts only when it names the department reported to.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class LeakResponsePolicy {

    static final RuleId SEC_11 = RuleId.of("SEC-11");

    private final Duration containWithin;
    private final Duration reportWithin;
    private final ZoneId zone;

    private LeakResponsePolicy(Builder b) {
        this.containWithin = b.containWithin;
        this.reportWithin = b.reportWithin;
        this.zone = b.zone;
    }

    /** A builder: {@code containWithin}, {@code reportWithin} and {@code zone} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A leak and the response recorded so far.
     *
     * @param discoveredAt  when the leak was discovered
     * @param containedAt  when measures were taken to contain it, if they were
     * @param reportedAt  when it was reported, if it was
     * @param reportedTo  the department it was reported to, if any
     */
    public record Leak(Instant discoveredAt, Optional<Instant> containedAt, Optional<Instant> reportedAt, Optional<DepartmentId> reportedTo) {
        /** @throws dev.kefu.core.validation.PolicyInputException naming every missing field and a step before discovery */
        public Leak {
            Violations v = Violations.create();
            v.requireNonNull(discoveredAt, "leak.discoveredAt", SEC_11);
            v.requireNonNull(containedAt, "leak.containedAt", SEC_11);
            v.requireNonNull(reportedAt, "leak.reportedAt", SEC_11);
            v.requireNonNull(reportedTo, "leak.reportedTo", SEC_11);
            v.throwIfAny();
            if (containedAt.map(t -> t.isBefore(discoveredAt)).orElse(false)) {
                v.add("leak.containedAt", SecurityMessages.BUNDLE, "leak.beforeDiscovery", SEC_11);
            }
            if (reportedAt.map(t -> t.isBefore(discoveredAt)).orElse(false)) {
                v.add("leak.reportedAt", SecurityMessages.BUNDLE, "leak.beforeDiscovery", SEC_11);
            }
            v.throwIfAny();
        }
    }

    /**
     * The state of both steps.
     *
     * @param containment  the containment step
     * @param report  the report step
     */
    public record LeakStatus(StepState containment, StepState report) {
    }

    /**
     * Checks a leak's response.
     *
     * @param leak  the leak, not null
     * @param now  the instant asked about, not null
     * @return the decision
     */
    public Decision<LeakStatus> check(Leak leak, Instant now) {
        Violations v = Violations.create();
        v.requireNonNull(leak, "leak", SEC_11);
        v.requireNonNull(now, "now", SEC_11);
        v.throwIfAny();
        Instant containDue = Periods.elapsedDeadline(leak.discoveredAt(), containWithin);
        Instant reportDue = Periods.elapsedDeadline(leak.discoveredAt(), reportWithin);
        StepState contained = StepState.of(leak.containedAt(), containDue, now);
        StepState reported = StepState.of(leak.reportedTo().isPresent() ? leak.reportedAt() : Optional.empty(), reportDue, now);
        return Decision.of(new LeakStatus(contained, reported), List.of(
                Reason.of(SEC_11, SecurityMessages.BUNDLE, "leak.contain." + contained.name(), SecurityMessages.time(containDue, zone)),
                Reason.of(SEC_11, SecurityMessages.BUNDLE, "leak.report." + reported.name(), SecurityMessages.time(reportDue, zone))));
    }

    /** Builds a leak-response policy; {@link #build()} names every missing setting. */
    public static final class Builder {
        private Duration containWithin;
        private Duration reportWithin;
        private ZoneId zone;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /** [X] How soon after discovery measures must be taken (立即): positive. */
        public Builder containWithin(Duration d) {
            containWithin = Deadlines.positive(problems, "containWithin", d, SEC_11);
            return this;
        }

        /** [X] How soon after discovery it must be reported (及时): positive. */
        public Builder reportWithin(Duration d) {
            reportWithin = Deadlines.positive(problems, "reportWithin", d, SEC_11);
            return this;
        }

        /** The zone in which explanations show times (required). */
        public Builder zone(ZoneId z) {
            zone = Deadlines.zone(problems, z, SEC_11);
            return this;
        }

        /** Builds the policy. */
        public LeakResponsePolicy build() {
            Violations v = Violations.create().addAll(problems.list());
            Deadlines.required(v, problems, "containWithin", containWithin, SEC_11);
            Deadlines.required(v, problems, "reportWithin", reportWithin, SEC_11);
            Deadlines.required(v, problems, "zone", zone, SEC_11);
            v.throwIfAny();
            return new LeakResponsePolicy(this);
        }
    }
}
