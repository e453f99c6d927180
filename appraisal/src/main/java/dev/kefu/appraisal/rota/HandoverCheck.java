package dev.kefu.appraisal.rota;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Handover checks (APR-10, APR-11): a shift ended without a handover record gets a warning and
 * a penalty (the regulation gives no amount, so it is required); an outgoing agent may not
 * leave before the incoming one arrives — found from clock events: the outgoing agent's last
 * clock-out around the shift end is before the incoming agent's first clock-in there (or the
 * incoming agent never clocked in). "Around" is a window either side of the shift end,
 * default 4 hours.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class HandoverCheck {

    static final RuleId APR_10 = RuleId.of("APR-10");
    static final RuleId APR_11 = RuleId.of("APR-11");

    private final Money missingRecordPenalty;
    private final Duration window;

    private HandoverCheck(Money missingRecordPenalty, Duration window) {
        this.missingRecordPenalty = missingRecordPenalty;
        this.window = window;
    }

    /**
     * A check.
     *
     * @param missingRecordPenalty  the fine for a shift closed without a handover record, above zero
     * @param window  how far either side of the shift end clock events count, positive
     * @return the check
     */
    public static HandoverCheck of(Money missingRecordPenalty, Duration window) {
        Violations v = Violations.create();
        if (v.requireNonNull(missingRecordPenalty, "missingRecordPenalty", APR_10) && !missingRecordPenalty.isPositive()) {
            v.add("missingRecordPenalty", "positive", APR_10);
        }
        if (v.requireNonNull(window, "window", APR_11) && (window.isZero() || window.isNegative())) {
            v.add("window", "positive", APR_11);
        }
        v.throwIfAny();
        return new HandoverCheck(missingRecordPenalty, window);
    }

    /** A check with a 4-hour window. */
    public static HandoverCheck of(Money missingRecordPenalty) {
        return of(missingRecordPenalty, Duration.ofHours(4));
    }

    /**
     * Finds what is wrong with handovers.
     *
     * @param handovers  the handovers, not null
     * @param clock  the clock events, not null
     * @return the decision whose outcome lists the findings, in handover order
     */
    public Decision<List<HandoverFinding>> check(List<Handover> handovers, List<ClockEvent> clock) {
        Violations v = Violations.create();
        v.requireNonNull(handovers, "handovers", APR_11);
        v.requireNonNull(clock, "clock", APR_11);
        v.throwIfAny();
        List<HandoverFinding> findings = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (Handover h : handovers) {
            if (!h.logRecorded()) {
                Sanction s = Sanction.of(new SanctionMeasure.Warning(SanctionMeasure.WarningForm.WRITTEN), new SanctionMeasure.Fine(missingRecordPenalty));
                findings.add(new HandoverFinding(h, HandoverFinding.Kind.NO_HANDOVER_RECORD, Optional.of(s)));
                reasons.add(Reason.of(APR_10, AppraisalMessages.BUNDLE, "handover.noRecord", h.outgoing(), h.shiftEnd(), missingRecordPenalty));
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
                findings.add(new HandoverFinding(h, HandoverFinding.Kind.LEFT_BEFORE_RELIEF, Optional.empty()));
                reasons.add(Reason.of(APR_11, AppraisalMessages.BUNDLE, "handover.leftEarly", h.outgoing(), out, h.incoming(),
                        in == null ? "-" : in.toString()));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(APR_11, AppraisalMessages.BUNDLE, "handover.ok", handovers.size()));
        }
        return Decision.of(List.copyOf(findings), reasons);
    }
}
