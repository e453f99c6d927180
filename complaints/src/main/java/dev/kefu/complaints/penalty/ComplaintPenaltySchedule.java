package dev.kefu.complaints.penalty;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.complaints.ComplaintsMessages;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.discipline.SanctionMeasure.CompanyWideNotice;
import dev.kefu.core.discipline.SanctionMeasure.Dismissal;
import dev.kefu.core.discipline.SanctionMeasure.Expulsion;
import dev.kefu.core.discipline.SanctionMeasure.Fine;
import dev.kefu.core.discipline.SanctionMeasure.MajorDemerit;
import dev.kefu.core.discipline.SanctionMeasure.PayComponent;
import dev.kefu.core.discipline.SanctionMeasure.PayWithheld;
import dev.kefu.core.discipline.SanctionMeasure.PointDeduction;
import dev.kefu.core.discipline.SanctionMeasure.Reprimand;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;

/**
 * The five-tier staff penalty schedule for complaints (CMP-12, S1 part 11 §7), per occurrence:
 * <ol>
 *   <li>30 to 100 yuan (the deciding manager chooses the amount per case);</li>
 *   <li>200 yuan, minus 5 monthly appraisal points, company-wide notice;</li>
 *   <li>formal reprimand (申诫), 300 yuan, minus 10 points, notice;</li>
 *   <li>major demerit (记大过), 1000 yuan, the month's performance pay withheld, notice;</li>
 *   <li>dismissal (辞退) or expulsion (开除), chosen per case, with economic and legal liability
 *       where serious.</li>
 * </ol>
 * Per "Definitions and precedence", conduct toward a customer that led to a complaint is
 * sanctioned under CMP-12, the most specific rule. Use the named factories ({@link #tier1},
 * {@link #fixedTier}, {@link #tier5}) or {@link #forOffence} when the tier is not known in advance.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ComplaintPenaltySchedule {

    static final RuleId CMP_12 = ComplaintRules.CMP_12;
    private static final Money TIER1_MIN = Money.yuan(30);
    private static final Money TIER1_MAX = Money.yuan(100);

    private ComplaintPenaltySchedule() {
    }

    /**
     * A tier-1 offence with the fine the manager chose.
     *
     * @param offence  a tier-1 offence
     * @param fine  between 30 and 100 yuan
     * @return the decision whose outcome is the sanction
     * @throws dev.kefu.core.validation.PolicyInputException if the offence is not tier 1 or the fine is missing or out of range
     */
    public static Decision<Sanction> tier1(ComplaintOffence offence, Money fine) {
        return forOffence(offence).tier1Fine(fine).decide();
    }

    /**
     * A tier-2, -3 or -4 offence, whose sanction is fixed.
     *
     * @param offence  an offence of tier 2, 3 or 4
     * @return the decision whose outcome is the sanction
     * @throws dev.kefu.core.validation.PolicyInputException for an offence of tier 1 or 5
     */
    public static Decision<Sanction> fixedTier(ComplaintOffence offence) {
        return forOffence(offence).decide();
    }

    /**
     * A tier-5 offence: dismissal or expulsion, chosen per case, with or without liability.
     *
     * @param offence  a tier-5 offence
     * @param end  dismissal (辞退) or expulsion (开除)
     * @param liability  whether economic and legal liability applies
     * @return the decision whose outcome is the sanction
     */
    public static Decision<Sanction> tier5(ComplaintOffence offence, EmploymentEnd end, Liability liability) {
        return forOffence(offence).endEmploymentBy(end).liability(liability).decide();
    }

    /**
     * A request for the sanction of an offence, completed with what its tier needs.
     *
     * @param offence  the offence (checked at {@link Request#decide()})
     * @return the request
     */
    public static Request forOffence(ComplaintOffence offence) {
        return new Request(offence);
    }

    /** What the deciding manager supplies per case; {@link #decide()} reports every problem. */
    public static final class Request {

        private final ComplaintOffence offence;
        private Money fine;
        private EmploymentEnd end;
        private Liability liability;
        private final java.util.List<RuleId> alsoMatched = new java.util.ArrayList<>();

        private Request(ComplaintOffence offence) {
            this.offence = offence;
        }

        /** The tier-1 fine, between 30 and 100 yuan (only for tier 1). */
        public Request tier1Fine(Money amount) {
            this.fine = amount;
            return this;
        }

        /** Tier 5: dismissal or expulsion (required for tier 5 only). */
        public Request endEmploymentBy(EmploymentEnd value) {
            this.end = value;
            return this;
        }

        /**
         * Another rule the same act matches, such as APR-8 for quarrelling with a customer. One act
         * is sanctioned under one rule, the most specific ("Definitions and precedence": CMP-12 over
         * APR-8 for conduct toward a customer that led to a complaint); the decision lists the
         * other as matched, not applied.
         */
        public Request alsoMatched(RuleId rule) {
            alsoMatched.add(rule); // null is reported by decide()
            return this;
        }

        /** Tier 5: liability (required for tier 5 only). */
        public Request liability(Liability value) {
            this.liability = value;
            return this;
        }

        /**
         * Decides the sanction.
         *
         * @return the decision whose outcome is the sanction
         * @throws dev.kefu.core.validation.PolicyInputException listing every missing, misplaced or out-of-range input
         */
        public Decision<Sanction> decide() {
            Violations v = Violations.create();
            if (!v.requireNonNull(offence, "offence", CMP_12)) {
                v.throwIfAny();
            }
            int tier = offence.tier();
            if (tier == 1) {
                if (v.requireNonNull(fine, "tier1Fine", CMP_12) && (fine.compareTo(TIER1_MIN) < 0 || fine.compareTo(TIER1_MAX) > 0)) {
                    v.add("tier1Fine", ComplaintsMessages.BUNDLE, "penalty.tier1Range", CMP_12, TIER1_MIN, TIER1_MAX);
                }
            } else if (fine != null) {
                v.add("tier1Fine", ComplaintsMessages.BUNDLE, "penalty.onlyTier", CMP_12, 1, tier);
            }
            if (tier == 5) {
                v.requireNonNull(end, "endEmploymentBy", CMP_12);
                v.requireNonNull(liability, "liability", CMP_12);
            } else {
                if (end != null) {
                    v.add("endEmploymentBy", ComplaintsMessages.BUNDLE, "penalty.onlyTier", CMP_12, 5, tier);
                }
                if (liability != null) {
                    v.add("liability", ComplaintsMessages.BUNDLE, "penalty.onlyTier", CMP_12, 5, tier);
                }
            }
            if (alsoMatched.contains(null)) {
                v.add("alsoMatched", "required", CMP_12);
            }
            v.throwIfAny();
            Sanction s = switch (tier) {
                case 1 -> Sanction.of(new Fine(fine));
                case 2 -> Sanction.of(new Fine(Money.yuan(200)), new PointDeduction(5), new CompanyWideNotice());
                case 3 -> Sanction.of(new Reprimand(), new Fine(Money.yuan(300)), new PointDeduction(10), new CompanyWideNotice());
                case 4 -> Sanction.of(new MajorDemerit(), new Fine(Money.yuan(1000)), new PayWithheld(PayComponent.MONTH_PERFORMANCE_PAY),
                        new CompanyWideNotice());
                default -> Sanction.of(ending(end, liability == Liability.ECONOMIC_AND_LEGAL));
            };
            java.util.List<Reason> reasons = new java.util.ArrayList<>();
            reasons.add(Reason.of(CMP_12, ComplaintsMessages.BUNDLE, "penalty.tier", offence.ordinal(), tier));
            for (RuleId other : alsoMatched) {
                reasons.add(Reason.of(CMP_12, ComplaintsMessages.BUNDLE, "penalty.matchedNotApplied", other.value()));
            }
            return Decision.of(s, reasons);
        }

        private static SanctionMeasure ending(EmploymentEnd end, boolean withLiability) {
            return end == EmploymentEnd.DISMISSAL ? new Dismissal(withLiability) : new Expulsion(withLiability);
        }
    }
}
