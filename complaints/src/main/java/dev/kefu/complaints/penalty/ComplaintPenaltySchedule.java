package dev.kefu.complaints.penalty;

import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure.CompanyWideNotice;
import dev.kefu.core.discipline.SanctionMeasure.Dismissal;
import dev.kefu.core.discipline.SanctionMeasure.Fine;
import dev.kefu.core.discipline.SanctionMeasure.MajorDemerit;
import dev.kefu.core.discipline.SanctionMeasure.PayComponent;
import dev.kefu.core.discipline.SanctionMeasure.PayWithheld;
import dev.kefu.core.discipline.SanctionMeasure.PointDeduction;
import dev.kefu.core.discipline.SanctionMeasure.Reprimand;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.util.Optional;

/**
 * The five-tier staff penalty schedule for complaints (CMP-12, S1 part 11 §7), per occurrence:
 * <ol>
 *   <li>30 to 100 yuan (the amount is chosen within that range);</li>
 *   <li>200 yuan, minus 5 monthly appraisal points, company-wide notice;</li>
 *   <li>formal reprimand (申诫), 300 yuan, minus 10 points, notice;</li>
 *   <li>major demerit (记大过), 1000 yuan, the month's performance pay withheld, notice;</li>
 *   <li>dismissal, with economic and legal liability where serious.</li>
 * </ol>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ComplaintPenaltySchedule {

    static final RuleId CMP_12 = RuleId.of("CMP-12");
    private static final Money TIER1_MIN = Money.yuan(30);
    private static final Money TIER1_MAX = Money.yuan(100);

    private ComplaintPenaltySchedule() {
    }

    /**
     * The sanction for an offence.
     *
     * @param offence  the offence, not null
     * @param tier1Amount  for a tier-1 offence, the fine between 30 and 100 yuan; ignored otherwise
     * @param serious  for a tier-5 offence, whether it is serious enough for economic and legal liability
     * @return the decision whose outcome is the sanction
     * @throws dev.kefu.core.validation.PolicyInputException if a tier-1 amount is missing or outside 30–100 yuan
     */
    public static Decision<Sanction> sanction(ComplaintOffence offence, Optional<Money> tier1Amount, boolean serious) {
        Violations v = Violations.create();
        if (!v.requireNonNull(offence, "offence", CMP_12) || !v.requireNonNull(tier1Amount, "tier1Amount", CMP_12)) {
            v.throwIfAny();
        }
        Sanction s;
        switch (offence.tier()) {
            case 1:
                if (tier1Amount.isEmpty()) {
                    v.add("tier1Amount", "required", CMP_12);
                } else if (tier1Amount.get().compareTo(TIER1_MIN) < 0 || tier1Amount.get().compareTo(TIER1_MAX) > 0) {
                    v.add("tier1Amount", ComplaintsMessages.BUNDLE, "penalty.tier1Range", CMP_12);
                }
                v.throwIfAny();
                s = Sanction.of(new Fine(tier1Amount.get()));
                break;
            case 2:
                s = Sanction.of(new Fine(Money.yuan(200)), new PointDeduction(5), new CompanyWideNotice());
                break;
            case 3:
                s = Sanction.of(new Reprimand(), new Fine(Money.yuan(300)), new PointDeduction(10), new CompanyWideNotice());
                break;
            case 4:
                s = Sanction.of(new MajorDemerit(), new Fine(Money.yuan(1000)), new PayWithheld(PayComponent.MONTH_PERFORMANCE_PAY),
                        new CompanyWideNotice());
                break;
            default:
                s = Sanction.of(new Dismissal(serious));
        }
        return Decision.of(s, Reason.of(CMP_12, ComplaintsMessages.BUNDLE, "penalty.tier", offence, offence.tier()));
    }
}
