package dev.kefu.appraisal.rota;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.appraisal.AppraisalRules;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Handover checks (APR-10, APR-11). A shift ended without a handover record earns a warning and a
 * penalty that the customer-service manager sets by severity (视情节严重性) for each case — the
 * manager's input to {@link #sanction}, not a configured constant. An outgoing agent may not leave
 * before the incoming one arrives — found from clock events: the outgoing agent's last clock-out
 * around the shift end is before the incoming agent's first clock-in there (or the incoming agent
 * never clocked in). "Around" is a window either side of the shift end, which the regulation does
 * not give, so it is required. Times in explanations are local {@code yyyy-MM-dd HH:mm} in the
 * zone (default {@code Asia/Shanghai}, CORE-CAL-1).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class HandoverCheck {

    static final RuleId APR_10 = AppraisalRules.APR_10;
    static final RuleId APR_11 = AppraisalRules.APR_11;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Duration window;
    private final ZoneId zone;

    private HandoverCheck(Duration window, ZoneId zone) {
        this.window = window;
        this.zone = zone;
    }

    /** A builder: the window is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds what is wrong with handovers.
     *
     * @param handovers  the handovers, not null, no null element
     * @param clock  the clock events, not null, no null element
     * @return the decision whose outcome lists the findings, in handover order
     * @throws dev.kefu.core.validation.PolicyInputException on a null, or a shift end so near the
     *     ends of time that the window does not fit
     */
    public Decision<List<HandoverFinding>> check(List<Handover> handovers, List<ClockEvent> clock) {
        Violations v = Violations.create();
        if (v.requireNonNull(handovers, "handovers", APR_11)) {
            for (int i = 0; i < handovers.size(); i++) {
                Handover h = handovers.get(i);
                if (v.requireNonNull(h, "handovers[" + i + "]", APR_11) && !fits(h.shiftEnd())) {
                    v.add("handovers[" + i + "].shiftEnd", AppraisalMessages.BUNDLE, "handover.outOfRange", APR_11);
                }
            }
        }
        if (v.requireNonNull(clock, "clock", APR_11)) {
            for (int i = 0; i < clock.size(); i++) {
                v.requireNonNull(clock.get(i), "clock[" + i + "]", APR_11);
            }
        }
        v.throwIfAny();
        List<HandoverFinding> findings = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (Handover h : handovers) {
            if (!h.logRecorded()) {
                findings.add(new HandoverFinding(h, HandoverFinding.Kind.NO_HANDOVER_RECORD));
                reasons.add(Reason.of(APR_10, AppraisalMessages.BUNDLE, "handover.noRecord", h.outgoing(), time(h.shiftEnd())));
            }
            Instant from = h.shiftEnd().minus(window);
            Instant to = h.shiftEnd().plus(window);
            Instant out = null;
            Instant in = null;
            for (ClockEvent e : clock) {
                if (e.at().isBefore(from) || e.at().isAfter(to)) {
                    continue;
                }
                if (!e.in() && e.employee().equals(h.outgoing()) && (out == null || e.at().isAfter(out))) {
                    out = e.at();
                }
                if (e.in() && e.employee().equals(h.incoming()) && (in == null || e.at().isBefore(in))) {
                    in = e.at();
                }
            }
            if (out != null && (in == null || out.isBefore(in))) {
                findings.add(new HandoverFinding(h, HandoverFinding.Kind.LEFT_BEFORE_RELIEF));
                reasons.add(Reason.of(APR_11, AppraisalMessages.BUNDLE, "handover.leftEarly", h.outgoing(), time(out), h.incoming(),
                        in == null ? "-" : time(in)));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(APR_11, AppraisalMessages.BUNDLE, "handover.ok", handovers.size()));
        }
        return Decision.of(List.copyOf(findings), reasons);
    }

    /**
     * The sanction for a shift closed without a handover record (APR-10): a warning and the
     * penalty the customer-service manager sets for this case. Record it in the ledger with
     * {@code recordSanction(…, AppraisalRules.APR_10, …)}.
     *
     * @param finding  a {@link HandoverFinding.Kind#NO_HANDOVER_RECORD} finding, not null
     * @param form  the warning's form, chosen per case, not null
     * @param penalty  the manager's penalty for this case, above zero
     * @return the decision whose outcome is the sanction
     * @throws dev.kefu.core.validation.PolicyInputException naming every bad argument
     */
    public static Decision<Sanction> sanction(HandoverFinding finding, SanctionMeasure.WarningForm form, Money penalty) {
        Violations v = Violations.create();
        if (v.requireNonNull(finding, "finding", APR_10) && finding.kind() != HandoverFinding.Kind.NO_HANDOVER_RECORD) {
            v.add("finding", AppraisalMessages.BUNDLE, "handover.notMissingRecord", APR_10);
        }
        v.requireNonNull(form, "form", APR_10);
        if (v.requireNonNull(penalty, "penalty", APR_10) && !penalty.isPositive()) {
            v.add("penalty", "positive", APR_10);
        }
        v.throwIfAny();
        Sanction s = Sanction.of(new SanctionMeasure.Warning(form), new SanctionMeasure.Fine(penalty));
        return Decision.of(s, Reason.of(APR_10, AppraisalMessages.BUNDLE, "handover.sanction", finding.handover().outgoing(),
                s.describe(Locale.SIMPLIFIED_CHINESE), s.describe(Locale.ENGLISH)));
    }

    private boolean fits(Instant end) {
        try {
            end.minus(window);
            end.plus(window);
            return true;
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return false;
        }
    }

    private String time(Instant t) {
        return TIME.format(t.atZone(zone));
    }

    @Override
    public String toString() {
        return "HandoverCheck[window " + window + ", zone " + zone + "]";
    }

    /** Builds a handover check; {@link #build()} names every missing or bad setting. */
    public static final class Builder {
        private Duration window;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /** How far either side of the shift end clock events count (APR-11); required, positive, at most a day. */
        public Builder window(Duration window) {
            this.window = window;
            if (window != null && (window.isZero() || window.isNegative() || window.compareTo(Duration.ofDays(1)) > 0)) {
                problems.add("window", AppraisalMessages.BUNDLE, "handover.window", APR_11);
            }
            return this;
        }

        /** The zone times are shown in; default {@code Asia/Shanghai}. */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            if (zone == null) {
                problems.add("zone", "required", APR_11);
            }
            return this;
        }

        /**
         * Builds the check.
         *
         * @return the check
         * @throws dev.kefu.core.validation.PolicyInputException naming every missing or bad setting
         */
        public HandoverCheck build() {
            Violations v = Violations.create().addAll(problems.list());
            v.requireNonNull(window, "window", APR_11);
            v.throwIfAny();
            return new HandoverCheck(window, zone);
        }
    }
}
