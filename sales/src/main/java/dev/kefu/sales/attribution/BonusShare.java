package dev.kefu.sales.attribution;

import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;

/**
 * One holder's share of a deal's bonus (奖金).
 *
 * @param holder  the rep or the department, not null
 * @param share  the share, not null
 */
public record BonusShare(Holder holder, Share share) {

    /** @throws dev.kefu.core.validation.PolicyInputException if an argument is null */
    public BonusShare {
        Violations v = Violations.create();
        v.requireNonNull(holder, "holder", AttributionRules.CORE_MONEY_1);
        v.requireNonNull(share, "share", AttributionRules.CORE_MONEY_1);
        v.throwIfAny();
    }

    @Override
    public String toString() {
        return holder + " " + share;
    }
}
