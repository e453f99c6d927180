package dev.kefu.archive.composition;

import dev.kefu.core.money.Share;

/**
 * One group of a composition (ARC-6): its total — an amount in fen for sales, a quantity for
 * volume — and its share of the whole.
 *
 * @param total  the group's total: fen for sales compositions, units for volume
 * @param share  the group's share; the shares of a composition total exactly 100%, or are all
 *     0% when the whole is zero
 */
public record GroupShare(long total, Share share) {
}
