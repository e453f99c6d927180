package dev.kefu.sales.floor;

import dev.kefu.core.decision.RuleId;

/**
 * The rule IDs of the real-estate sales floor (EST, S1 part 8), one constant per catalogue row,
 * plus the rules of other sections an EST decision lists as matched.
 */
public final class SalesFloorRules {

    /** EST-1: the next rep in rotation order sits on standby behind the reception desk. */
    public static final RuleId EST_1 = RuleId.of("EST-1");
    /** EST-2: deliberately stirring up disputes: dismissal and 50% of the month's deal bonus withheld. */
    public static final RuleId EST_2 = RuleId.of("EST-2");
    /** EST-3: daily customer registration and evening-meeting minutes. */
    public static final RuleId EST_3 = RuleId.of("EST-3");
    /** EST-4: unit exchange judged against three principles. */
    public static final RuleId EST_4 = RuleId.of("EST-4");
    /** EST-5: a rename after signing is charged the transfer fee. */
    public static final RuleId EST_5 = RuleId.of("EST-5");
    /** EST-6: payment default: collection first, breach handling after more than 2 months. */
    public static final RuleId EST_6 = RuleId.of("EST-6");
    /** EST-7: refunds: retention before signing, refused after. */
    public static final RuleId EST_7 = RuleId.of("EST-7");
    /** EST-8: money goes only through finance; a payment counts only with finance's receipt. */
    public static final RuleId EST_8 = RuleId.of("EST-8");
    /** EST-9: private collection: expulsion. */
    public static final RuleId EST_9 = RuleId.of("EST-9");
    /** EST-10: sales-control check before a deposit. */
    public static final RuleId EST_10 = RuleId.of("EST-10");
    /** EST-11: designated receipt and the subscription agreement in 4 copies. */
    public static final RuleId EST_11 = RuleId.of("EST-11");
    /** EST-12: subscription-agreement content. */
    public static final RuleId EST_12 = RuleId.of("EST-12");
    /** EST-13: controlled forms and custody. */
    public static final RuleId EST_13 = RuleId.of("EST-13");
    /** EST-14: who fills in which register, and when. */
    public static final RuleId EST_14 = RuleId.of("EST-14");
    /** EST-15: daily and weekly plan sheets. */
    public static final RuleId EST_15 = RuleId.of("EST-15");

    /** ATT-2 (怠慢/争客), listed as matched, not applied, when EST-2 sanctions a provoked dispute. */
    public static final RuleId ATT_2 = RuleId.of("ATT-2");
    /** CMP-12, where ordinary lapses of courtesy toward a buyer go. */
    public static final RuleId CMP_12 = RuleId.of("CMP-12");
    /** APR-9, the first-offence warning, which never softens EST-9. */
    public static final RuleId APR_9 = RuleId.of("APR-9");
    /** CORE-MONEY-1, exact money. */
    public static final RuleId CORE_MONEY_1 = RuleId.of("CORE-MONEY-1");
    /** CORE-CAL-4, periods. */
    public static final RuleId CORE_CAL_4 = RuleId.of("CORE-CAL-4");

    private SalesFloorRules() {
    }
}
