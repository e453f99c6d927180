package dev.kefu.sales.floor;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * EST-4, unit exchange (换房): a request is judged against three principles — a smaller unit
 * for a larger one (以小换大), a better unit for a worse one (以好换差, literally "give the good,
 * take the poor", reading note R2), a cheaper unit for a dearer one (以金额小换金额大) — and the
 * decision reports which the request meets.
 *
 * <p>Reading (catalogue): meeting at least one principle puts a request within principle; one
 * that meets none is outside principle, and only the host's approver [X] may still approve it.
 * Floor area and price are facts; the rank of each unit is the host's [X].
 *
 * <p>Required settings (no default): {@code ranking}, {@code outsidePrincipleApprover}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class UnitExchangePolicy {

    private final UnitRanking ranking;
    private final RoleLabel approver;

    private UnitExchangePolicy(UnitRanking ranking, RoleLabel approver) {
        this.ranking = ranking;
        this.approver = approver;
    }

    /** A builder; {@code ranking} and {@code outsidePrincipleApprover} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assesses an exchange request (EST-4).
     *
     * @param current  the unit the buyer gives up, ranked, not null
     * @param requested  the unit the buyer takes, ranked, another unit, not null
     * @return the decision: the principles met, within or outside principle, the approver if outside
     * @throws dev.kefu.core.validation.PolicyInputException on a missing or unranked unit, or the same unit twice
     */
    public Decision<ExchangeAssessment> assess(Unit current, Unit requested) {
        Violations v = Violations.create();
        boolean ok = v.requireNonNull(current, "current", SalesFloorRules.EST_4);
        ok &= v.requireNonNull(requested, "requested", SalesFloorRules.EST_4);
        if (ok) {
            if (current.code().equals(requested.code())) {
                FloorTexts.add(v, "requested", "exchange.sameUnit", SalesFloorRules.EST_4);
            }
            if (!ranking.ranks(current.code())) {
                FloorTexts.add(v, "current", "ranking.unknown", SalesFloorRules.EST_4);
            }
            if (!ranking.ranks(requested.code())) {
                FloorTexts.add(v, "requested", "ranking.unknown", SalesFloorRules.EST_4);
            }
        }
        v.throwIfAny();
        Set<ExchangePrinciple> met = EnumSet.noneOf(ExchangePrinciple.class);
        if (requested.floorArea().compareTo(current.floorArea()) > 0) {
            met.add(ExchangePrinciple.SMALL_FOR_LARGE);
        }
        if (ranking.rankOf(current.code()) < ranking.rankOf(requested.code())) {
            met.add(ExchangePrinciple.GOOD_FOR_POOR);
        }
        if (requested.price().isGreaterThan(current.price())) {
            met.add(ExchangePrinciple.CHEAP_FOR_DEAR);
        }
        List<Reason> reasons = new ArrayList<>();
        for (ExchangePrinciple p : met) {
            reasons.add(Reason.of(SalesFloorRules.EST_4, FloorTexts.BUNDLE, p.key(), current.code(), requested.code()));
        }
        if (met.isEmpty()) {
            reasons.add(Reason.of(SalesFloorRules.EST_4, FloorTexts.BUNDLE, "exchange.outside", current.code(), requested.code(),
                    approver.chinese(), approver.english()));
            return Decision.of(new ExchangeAssessment(met, ExchangeStanding.OUTSIDE_PRINCIPLE, Optional.of(approver)), reasons);
        }
        reasons.add(Reason.of(SalesFloorRules.EST_4, FloorTexts.BUNDLE, "exchange.within", met.size()));
        return Decision.of(new ExchangeAssessment(met, ExchangeStanding.WITHIN_PRINCIPLE, Optional.empty()), reasons);
    }

    /**
     * Builds the policy; setters record problems and {@link #build()} reports them all.
     *
     * <p>Implementation Requirements: not thread-safe.
     */
    public static final class Builder {
        private final FloorTexts.SettingProblems problems = new FloorTexts.SettingProblems();
        private UnitRanking ranking;
        private RoleLabel approver;

        private Builder() {
        }

        /**
         * The rank of each unit, better to worse (EST-4, required [X]).
         *
         * @param ranking  not null
         * @return this builder
         */
        public Builder ranking(UnitRanking ranking) {
            if (problems.check(ranking != null, "ranking", "setting.null", SalesFloorRules.EST_4)) {
                this.ranking = ranking;
            }
            return this;
        }

        /**
         * Who may still approve a request outside principle (EST-4, required [X]).
         *
         * @param approver  not null
         * @return this builder
         */
        public Builder outsidePrincipleApprover(RoleLabel approver) {
            if (problems.check(approver != null, "outsidePrincipleApprover", "setting.null", SalesFloorRules.EST_4)) {
                this.approver = approver;
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException naming every setting in error or missing
         */
        public UnitExchangePolicy build() {
            Map<String, dev.kefu.core.decision.RuleId> missing = new LinkedHashMap<>();
            if (ranking == null) {
                missing.put("ranking", SalesFloorRules.EST_4);
            }
            if (approver == null) {
                missing.put("outsidePrincipleApprover", SalesFloorRules.EST_4);
            }
            problems.build(missing);
            return new UnitExchangePolicy(ranking, approver);
        }
    }
}
