package dev.kefu.complaints.indicators;

import dev.kefu.complaints.Complaint;
import dev.kefu.complaints.ComplaintEvent;
import dev.kefu.complaints.ComplaintRules;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.complaints.EventType;
import dev.kefu.complaints.response.ResponseCheck;
import dev.kefu.complaints.sla.ComplaintSlaPolicy;
import dev.kefu.complaints.sla.SlaStatus;
import dev.kefu.complaints.sla.SlaTarget;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The service-quality indicators of CMP-14 (S2 §5.2) over a period [from, to): complaints count
 * in a period when they were received in it; events count when they happened before
 * {@code to}. Every rate is a {@link Share} rounded half-even to four decimal places of a
 * percent, or empty ("not applicable") when its denominator is zero — never NaN.
 *
 * @param satisfaction  customer satisfaction rate: complaints called back with the customer
 *     satisfied, over complaints called back (CALLBACK_DONE, or CALLBACK_NOT_SATISFIED)
 * @param responseOnTime  response on-time rate: complaints whose investigation started within
 *     its target, over complaints whose investigation target was met or breached by {@code to}
 * @param resolution  resolution rate: complaints where the customer was satisfied, over
 *     complaints assessed valid
 * @param handling  complaint handling rate: complaints closed (archived or closed as
 *     unfounded), over complaints received
 * @param standardCompliance  service-standard compliance rate: contact checks that met their
 *     target (CMP-11), over contact checks in the period
 * @param complaints  complaints received in the period
 */
public record ServiceIndicators(Optional<Share> satisfaction, Optional<Share> responseOnTime, Optional<Share> resolution,
                                Optional<Share> handling, Optional<Share> standardCompliance, long complaints) {

    static final RuleId CMP_14 = ComplaintRules.CMP_14;

    /** @throws dev.kefu.core.validation.PolicyInputException on a null rate or a negative count */
    public ServiceIndicators {
        Violations v = Violations.create();
        v.requireNonNull(satisfaction, "satisfaction", CMP_14);
        v.requireNonNull(responseOnTime, "responseOnTime", CMP_14);
        v.requireNonNull(resolution, "resolution", CMP_14);
        v.requireNonNull(handling, "handling", CMP_14);
        v.requireNonNull(standardCompliance, "standardCompliance", CMP_14);
        if (complaints < 0) {
            v.add("complaints", "notNegative", CMP_14);
        }
        v.throwIfAny();
    }

    /**
     * Computes the indicators.
     *
     * @param complaints  the complaints, not null; those received outside the period are skipped
     * @param contactChecks  response checks of contacts in the period, not null
     * @param from  the period's start, inclusive
     * @param to  the period's end, exclusive
     * @param sla  the SLA policy that judges on-time response
     * @return the decision whose outcome holds the indicators
     */
    public static Decision<ServiceIndicators> over(List<? extends Complaint> complaints, List<ResponseCheck> contactChecks,
                                                   Instant from, Instant to, ComplaintSlaPolicy sla) {
        Violations v = Violations.create();
        if (v.requireNonNull(complaints, "complaints", CMP_14) && complaints.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("complaints[]", "required", CMP_14);
        }
        if (v.requireNonNull(contactChecks, "contactChecks", CMP_14) && contactChecks.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("contactChecks[]", "required", CMP_14);
        }
        v.requireNonNull(sla, "sla", CMP_14);
        if (v.requireNonNull(from, "from", CMP_14) & v.requireNonNull(to, "to", CMP_14) && to.isBefore(from)) {
            v.add("to", ComplaintsMessages.BUNDLE, "indicators.order", CMP_14);
        }
        v.throwIfAny();
        long received = 0;
        long calledBack = 0;
        long satisfiedOnCallback = 0;
        long decided = 0;
        long onTime = 0;
        long valid = 0;
        long resolved = 0;
        long closed = 0;
        Instant last = to.isAfter(from) ? to.minusNanos(1) : to;
        for (Complaint c : to.isAfter(from) ? complaints : List.<Complaint>of()) {
            if (c.receivedAt().isBefore(from) || !c.receivedAt().isBefore(to)) {
                continue;
            }
            received++;
            boolean isValid = false;
            boolean satisfied = false;
            boolean done = false;
            boolean goodCallback = false;
            boolean badCallback = false;
            for (ComplaintEvent e : c.events()) {
                if (!e.at().isBefore(to)) {
                    continue;
                }
                switch (e.type()) {
                    case ASSESSED_VALID -> isValid = true;
                    case CUSTOMER_SATISFIED -> satisfied = true;
                    case ARCHIVED, ASSESSED_INVALID -> done = true;
                    case CALLBACK_DONE -> goodCallback = true;
                    case CALLBACK_NOT_SATISFIED -> badCallback = true;
                    default -> { }
                }
            }
            valid += isValid ? 1 : 0;
            resolved += isValid && satisfied ? 1 : 0;
            closed += done ? 1 : 0;
            if (goodCallback || badCallback) {
                calledBack++;
                satisfiedOnCallback += goodCallback ? 1 : 0;
            }
            SlaStatus s = sla.quickStatus(c, SlaTarget.INVESTIGATION_START, last);
            if (s == SlaStatus.MET || s == SlaStatus.BREACHED) {
                decided++;
                onTime += s == SlaStatus.MET ? 1 : 0;
            }
        }
        long checks = contactChecks.size();
        long met = contactChecks.stream().filter(ResponseCheck::met).count();
        ServiceIndicators i = new ServiceIndicators(rate(satisfiedOnCallback, calledBack), rate(onTime, decided),
                rate(resolved, valid), rate(closed, received), rate(met, checks), received);
        return Decision.of(i, Reason.of(CMP_14, ComplaintsMessages.BUNDLE, "indicators.summary", received,
                show(i.satisfaction()), show(i.responseOnTime()), show(i.resolution()), show(i.handling()), show(i.standardCompliance())));
    }

    private static Optional<Share> rate(long part, long whole) {
        if (whole == 0) {
            return Optional.empty();
        }
        return Optional.of(Share.ofPercent(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), Share.MAX_SCALE, RoundingMode.HALF_EVEN)));
    }

    private static String show(Optional<Share> s) {
        return s.map(Share::toString).orElse("—");
    }
}
