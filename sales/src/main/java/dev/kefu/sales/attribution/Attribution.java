package dev.kefu.sales.attribution;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who owns a customer and who is credited for a deal (客户的分配确认).
 *
 * @param owner  who the customer belongs to now: a rep, or the department
 * @param performance  who holds the deal's performance (业绩); empty when there is no deal
 * @param bonus  how the deal's bonus splits; shares total exactly 100%, empty when there is no deal
 * @param followUp  who does the follow-up and after-sales work (ATT-16): the performance holder,
 *     or before a deal the owner; empty when the department holds it (the manager assigns)
 * @param countsTowardRotation  whether this reception counts toward the reception rotation quota
 *     (ATT-1, ATT-4, ATT-5)
 */
public record Attribution(Holder owner, Optional<Holder> performance, List<BonusShare> bonus,
                          Optional<EmployeeId> followUp, boolean countsTowardRotation) {

    /** @throws dev.kefu.core.validation.PolicyInputException if the shares do not total 100% */
    public Attribution {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("CORE-MONEY-1");
        v.requireNonNull(owner, "owner", rule);
        v.requireNonNull(performance, "performance", rule);
        v.requireNonNull(bonus, "bonus", rule);
        v.requireNonNull(followUp, "followUp", rule);
        v.throwIfAny();
        if (!bonus.isEmpty() && !Share.totalOneHundred(bonus.stream().map(BonusShare::share).toList())) {
            v.add("bonus", "money.shares.total", rule,
                    Share.totalPercent(bonus.stream().map(BonusShare::share).toList()).toPlainString());
        }
        v.throwIfAny();
        bonus = List.copyOf(bonus);
    }

    /**
     * Applies the split to a bonus amount, exact to the fen (CORE-MONEY-1): the parts always add
     * up to the bonus. Holders named twice are summed.
     *
     * @param amount  the bonus, not null
     * @return each holder's part, in the order of the split
     * @throws dev.kefu.core.validation.PolicyInputException if there is no split (no deal)
     */
    public Map<Holder, Money> split(Money amount) {
        Violations v = Violations.create();
        v.requireNonNull(amount, "amount", RuleId.of("CORE-MONEY-1"));
        if (bonus.isEmpty()) {
            v.add("bonus", AttributionMessages.BUNDLE, "attribution.noDeal", RuleId.of("ATT-7"));
        }
        v.throwIfAny();
        List<Share> shares = new ArrayList<>();
        for (BonusShare b : bonus) {
            shares.add(b.share());
        }
        List<Money> parts = amount.allocate(shares);
        Map<Holder, Money> out = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            out.merge(bonus.get(i).holder(), parts.get(i), Money::plus);
        }
        return out;
    }
}
