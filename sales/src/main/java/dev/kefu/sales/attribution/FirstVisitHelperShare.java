package dev.kefu.sales.attribution;

import static dev.kefu.sales.attribution.AttributionRules.ATT_4;

import dev.kefu.core.money.Share;
import dev.kefu.core.validation.Violations;

/**
 * The helper's share when a first-time visitor designates a rep who is absent and another rep
 * looks after them (ATT-4, amended 2026-11-24): the seed gives the helper <b>no share</b>
 * ({@link #none()}, the regulation's reading); a host that wants to reward the helper opts in
 * with the share it chooses ({@link #of(Share)}). The setting has no default:
 * {@link AttributionPolicy.Builder#build()} fails without it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class FirstVisitHelperShare {

    private static final FirstVisitHelperShare NONE = new FirstVisitHelperShare(Share.ZERO);

    private final Share share;

    private FirstVisitHelperShare(Share share) {
        this.share = share;
    }

    /** No share for the helper: the seed's reading (ATT-4). */
    public static FirstVisitHelperShare none() {
        return NONE;
    }

    /**
     * The host opts in: the helper gets this share of the bonus, the designated rep the rest.
     *
     * @param helper  the helper's share, above 0% and below 100%, not null
     * @return the setting
     * @throws dev.kefu.core.validation.PolicyInputException if null, 0% or 100%
     */
    public static FirstVisitHelperShare of(Share helper) {
        Violations v = Violations.create();
        if (v.requireNonNull(helper, "firstVisitHelperShare", ATT_4) && (helper.isZero() || helper.equals(Share.ALL))) {
            v.add("firstVisitHelperShare", AttributionMessages.BUNDLE, "settings.helperShare", ATT_4, helper);
        }
        v.throwIfAny();
        return new FirstVisitHelperShare(helper);
    }

    /** The helper's share (0% for {@link #none()}). */
    public Share share() {
        return share;
    }

    @Override
    public String toString() {
        return "FirstVisitHelperShare[" + share + "]";
    }
}
