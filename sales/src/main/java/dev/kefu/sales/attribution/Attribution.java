package dev.kefu.sales.attribution;

import static dev.kefu.sales.attribution.AttributionRules.CORE_MONEY_1;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who owns a customer and who is credited for a deal (客户的分配确认).
 *
 * @param line  the line of the attribution precedence that decided (never a reading line 2 or 3)
 * @param standing  final, or provisional while a complaint awaits verification (ATT-11)
 * @param owner  who the customer belongs to now: a rep, or the department
 * @param performance  who holds the deal's performance (業績); empty when there is no deal
 * @param bonus  how the deal's bonus splits; shares total exactly 100%, empty when there is no deal
 * @param followUp  who does the follow-up and after-sales work (ATT-16): the performance holder,
 *     or before a deal the owner; empty when the department holds it (the manager assigns)
 * @param turn  whether this reception uses a turn of the reception rotation (ATT-1, ATT-4, ATT-5)
 */
public record Attribution(PrecedenceLine line, Standing standing, Holder owner, Optional<Holder> performance,
                          List<BonusShare> bonus, Optional<EmployeeId> followUp, RotationTurn turn) {

    /** @throws dev.kefu.core.validation.PolicyInputException if a part is missing or the shares do not total 100% */
    public Attribution {
        Violations v = Violations.create();
        v.requireNonNull(line, "line", CORE_MONEY_1);
        v.requireNonNull(standing, "standing", CORE_MONEY_1);
        v.requireNonNull(owner, "owner", CORE_MONEY_1);
        v.requireNonNull(performance, "performance", CORE_MONEY_1);
        v.requireNonNull(followUp, "followUp", CORE_MONEY_1);
        v.requireNonNull(turn, "turn", CORE_MONEY_1);
        if (v.requireNonNull(bonus, "bonus", CORE_MONEY_1)) {
            for (int i = 0; i < bonus.size(); i++) {
                v.requireNonNull(bonus.get(i), "bonus[" + i + "]", CORE_MONEY_1);
            }
        }
        v.throwIfAny();
        List<Share> shares = bonus.stream().map(BonusShare::share).toList();
        if (!bonus.isEmpty() && !Share.totalOneHundred(shares)) {
            v.add("bonus", "money.shares.total", CORE_MONEY_1, Share.totalPercent(shares).toPlainString());
        }
        v.throwIfAny();
        bonus = List.copyOf(bonus);
    }

    /**
     * Applies the split to a bonus amount, exact to the fen (CORE-MONEY-1): the parts always add
     * up to the bonus. Holders named twice are summed.
     *
     * @param amount  the bonus, not negative, not null
     * @return each holder's part, in the order of the split
     * @throws dev.kefu.core.validation.PolicyInputException if the amount is null or negative,
     *     or there is no split (no deal)
     */
    public Map<Holder, Money> split(Money amount) {
        Violations v = Violations.create();
        if (v.requireNonNull(amount, "amount", CORE_MONEY_1) && amount.isNegative()) {
            v.add("amount", "notNegative", CORE_MONEY_1);
        }
        if (bonus.isEmpty()) {
            v.add("bonus", AttributionMessages.BUNDLE, "attribution.noDeal", AttributionRules.ATT_7);
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

    /** The share of a holder (zero when not in the split). */
    public Share shareOf(Holder holder) {
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (BonusShare b : bonus) {
            if (Objects.equals(b.holder(), holder)) {
                total = total.add(b.share().percent());
            }
        }
        return Share.ofPercent(total);
    }
}
