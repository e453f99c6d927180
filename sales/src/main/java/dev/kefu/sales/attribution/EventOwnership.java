package dev.kefu.sales.attribution;

import java.util.List;

/**
 * What the host's method decided for a customer met at an exhibition or launch event (ATT-20).
 *
 * @param owner  who owns the customer, not null
 * @param performance  who holds the deal's performance, not null (ignored when there is no deal)
 * @param bonus  the bonus split, totalling 100% (ignored when there is no deal)
 */
public record EventOwnership(Holder owner, Holder performance, List<BonusShare> bonus) {
}
