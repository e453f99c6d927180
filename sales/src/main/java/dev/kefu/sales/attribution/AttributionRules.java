package dev.kefu.sales.attribution;

import dev.kefu.core.decision.RuleId;

/**
 * The rule IDs of the catalogue's ATT section (S1 part 8, 客户的分配确认), one constant each;
 * code and tests cite these, never a string.
 */
public final class AttributionRules {

    /** ATT-1: reception rotation (輪流接待). */
    public static final RuleId ATT_1 = RuleId.of("ATT-1");
    /** ATT-2: grabbing, fighting over or neglecting customers. */
    public static final RuleId ATT_2 = RuleId.of("ATT-2");
    /** ATT-3: a rep on turn receives B's customer. */
    public static final RuleId ATT_3 = RuleId.of("ATT-3");
    /** ATT-4: a first-time visitor who designates a rep. */
    public static final RuleId ATT_4 = RuleId.of("ATT-4");
    /** ATT-5: a returning customer uses no turn. */
    public static final RuleId ATT_5 = RuleId.of("ATT-5");
    /** ATT-6: first-visit principle. */
    public static final RuleId ATT_6 = RuleId.of("ATT-6");
    /** ATT-7: registration valid for 2 months. */
    public static final RuleId ATT_7 = RuleId.of("ATT-7");
    /** ATT-8: hand back to B. */
    public static final RuleId ATT_8 = RuleId.of("ATT-8");
    /** ATT-9: the customer turns B down and designates A. */
    public static final RuleId ATT_9 = RuleId.of("ATT-9");
    /** ATT-10: B absent: helper C. */
    public static final RuleId ATT_10 = RuleId.of("ATT-10");
    /** ATT-11: complaint about B. */
    public static final RuleId ATT_11 = RuleId.of("ATT-11");
    /** ATT-12: several reps mentioned, none designated. */
    public static final RuleId ATT_12 = RuleId.of("ATT-12");
    /** ATT-13: bigger discount. */
    public static final RuleId ATT_13 = RuleId.of("ATT-13");
    /** ATT-14: forgot who received them. */
    public static final RuleId ATT_14 = RuleId.of("ATT-14");
    /** ATT-15: designated on the Nth visit. */
    public static final RuleId ATT_15 = RuleId.of("ATT-15");
    /** ATT-16: follow-up by the performance holder. */
    public static final RuleId ATT_16 = RuleId.of("ATT-16");
    /** ATT-17: referral by an existing customer. */
    public static final RuleId ATT_17 = RuleId.of("ATT-17");
    /** ATT-18: household member. */
    public static final RuleId ATT_18 = RuleId.of("ATT-18");
    /** ATT-19: reassignment by random draw. */
    public static final RuleId ATT_19 = RuleId.of("ATT-19");
    /** ATT-20: exhibitions and launch events. */
    public static final RuleId ATT_20 = RuleId.of("ATT-20");
    /** ATT-21: crossed customers. */
    public static final RuleId ATT_21 = RuleId.of("ATT-21");

    /** CORE-MONEY-1: bonus splits are exact to the fen. */
    public static final RuleId CORE_MONEY_1 = RuleId.of("CORE-MONEY-1");

    /** CORE-CAL-4: periods of months (ATT-7). */
    public static final RuleId CORE_CAL_4 = dev.kefu.core.calendar.Periods.CAL_4;

    private AttributionRules() {
    }
}
