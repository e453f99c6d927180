package dev.kefu.sales.floor;

import dev.kefu.core.calendar.Periods;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.discipline.Sanction;
import dev.kefu.core.discipline.SanctionMeasure;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * EST-2, deliberately stirring up disputes (故意挑起事端): once verified (一经查实), the rep is
 * dismissed (辞退, {@link SanctionMeasure.Dismissal}) and <b>50%</b> of the deal bonus due to them
 * for the month of the act is withheld.
 *
 * <p>Reading (catalogue): the sanction names the person who deliberately provokes trouble, so an
 * ordinary lapse of courtesy falls under ATT-2 or CMP-12, not this rule. One act is sanctioned
 * under one rule: for a deliberately provoked dispute EST-2 applies and ATT-2 is listed as
 * matched, not applied. The withheld part and the part paid add up to the bonus exactly
 * (CORE-MONEY-1).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class DisputeSanctions {

    private final Share withheldShare;

    private DisputeSanctions(Share withheldShare) {
        this.withheldShare = withheldShare;
    }

    /** The regulation's settings: 50% of the month's deal bonus withheld (EST-2). */
    public static DisputeSanctions regulation() {
        return new DisputeSanctions(Share.HALF);
    }

    /** A builder starting from the regulation's settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** The share of the month's deal bonus withheld. */
    public Share withheldShare() {
        return withheldShare;
    }

    /**
     * Decides a case (EST-2).
     *
     * @param c  the facts, not null
     * @return the decision: sanction, bonus withheld and paid, rules matched but not applied
     * @throws dev.kefu.core.validation.PolicyInputException on a missing value or a negative bonus
     */
    public Decision<DisputeOutcome> decide(DisputeCase c) {
        Violations v = Violations.create();
        if (v.requireNonNull(c, "case", SalesFloorRules.EST_2)) {
            v.requireNonNull(c.rep(), "rep", SalesFloorRules.EST_2);
            v.requireNonNull(c.committedOn(), "committedOn", SalesFloorRules.EST_2);
            v.requireNonNull(c.finding(), "finding", SalesFloorRules.EST_2);
            if (v.requireNonNull(c.monthDealBonusDue(), "monthDealBonusDue", SalesFloorRules.EST_2)
                    && c.monthDealBonusDue().isNegative()) {
                FloorTexts.add(v, "monthDealBonusDue", "money.negative", SalesFloorRules.CORE_MONEY_1);
            }
        }
        v.throwIfAny();
        YearMonth month = Periods.monthOf(c.committedOn());
        Money bonus = c.monthDealBonusDue();
        List<Reason> reasons = new ArrayList<>();
        switch (c.finding()) {
            case COURTESY_LAPSE:
                reasons.add(Reason.of(SalesFloorRules.EST_2, FloorTexts.BUNDLE, "dispute.notThisRule", c.rep()));
                return Decision.of(new DisputeOutcome(DisputeVerdict.NOT_THIS_RULE, Optional.empty(), month, Money.ZERO, bonus,
                        List.of(SalesFloorRules.ATT_2, SalesFloorRules.CMP_12)), reasons);
            case DELIBERATE_PROVOCATION_ALLEGED:
                reasons.add(Reason.of(SalesFloorRules.EST_2, FloorTexts.BUNDLE, "dispute.awaiting", c.rep()));
                return Decision.of(new DisputeOutcome(DisputeVerdict.AWAITING_VERIFICATION, Optional.empty(), month, Money.ZERO,
                        bonus, List.of()), reasons);
            default:
                List<Money> parts = bonus.allocate(withheldShare, withheldShare.complement());
                Sanction sanction = Sanction.of(new SanctionMeasure.Dismissal(false), new SanctionMeasure.BonusShareWithheld(withheldShare));
                reasons.add(Reason.of(SalesFloorRules.EST_2, FloorTexts.BUNDLE, "dispute.sanctioned", c.rep(), withheldShare,
                        month.toString(), parts.get(0), bonus));
                reasons.add(Reason.of(SalesFloorRules.CORE_MONEY_1, FloorTexts.BUNDLE, "dispute.split", parts.get(0), parts.get(1)));
                reasons.add(Reason.of(SalesFloorRules.EST_2, FloorTexts.BUNDLE, "dispute.matchedAtt2"));
                return Decision.of(new DisputeOutcome(DisputeVerdict.SANCTIONED, Optional.of(sanction), month, parts.get(0),
                        parts.get(1), List.of(SalesFloorRules.ATT_2)), reasons);
        }
    }

    /**
     * Builds dispute sanctions; setters record problems and {@link #build()} reports them all.
     *
     * <p>Implementation Requirements: not thread-safe.
     */
    public static final class Builder {
        private final FloorTexts.SettingProblems problems = new FloorTexts.SettingProblems();
        private Share withheldShare = Share.HALF;

        private Builder() {
        }

        /**
         * The share of the month's deal bonus withheld (EST-2, default 50%).
         *
         * @param share  above 0%, not null
         * @return this builder
         */
        public Builder withheldShare(Share share) {
            if (problems.check(share != null && !share.isZero(), "withheldShare", "setting.share.positive", SalesFloorRules.EST_2)) {
                this.withheldShare = share;
            }
            return this;
        }

        /**
         * Builds the sanctions.
         *
         * @return the sanctions
         * @throws dev.kefu.core.validation.PolicyInputException naming every setting in error
         */
        public DisputeSanctions build() {
            problems.build(Map.of());
            return new DisputeSanctions(withheldShare);
        }
    }
}
