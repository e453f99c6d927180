package dev.kefu.sales.floor;

import dev.kefu.core.decision.RuleId;

/** A kind of gap a records check reports, with the rule it belongs to. */
public enum GapKind {
    /** EST-1: nobody free to sit on standby, or the wrong rep at the desk. */
    STANDBY_NOT_KEPT(SalesFloorRules.EST_1),
    /** EST-3: a rep received customers on a duty day and handed in no registration. */
    NO_REGISTRATION(SalesFloorRules.EST_3),
    /** EST-3: a duty day with receptions and no evening-meeting minutes. */
    NO_MINUTES(SalesFloorRules.EST_3),
    /** EST-11: no designated receipt after a deposit. */
    NO_RECEIPT(SalesFloorRules.EST_11),
    /** EST-11: a holder has the wrong number of copies of the subscription agreement. */
    WRONG_COPIES(SalesFloorRules.EST_11),
    /** EST-12: the agreement was altered without authorisation. */
    UNAUTHORISED_ALTERATION(SalesFloorRules.EST_12),
    /** EST-12: the balance is blank or does not equal the price less the deposit. */
    BALANCE_WRONG(SalesFloorRules.EST_12),
    /** EST-12: a required contact field is blank or malformed. */
    CONTACT_MISSING(SalesFloorRules.EST_12),
    /** EST-13: a controlled form drawn by someone other than the on-site sales supervisor. */
    FORM_DRAWN_BY_OTHER(SalesFloorRules.EST_13),
    /** EST-13: a controlled form used that was not issued from the supervisor's stock, or used twice. */
    FORM_NOT_FROM_STOCK(SalesFloorRules.EST_13),
    /** EST-13: a signed order or agreement not kept by the designated custodian. */
    WRONG_CUSTODIAN(SalesFloorRules.EST_13),
    /** EST-14: a register filled in by the wrong person. */
    REGISTER_WRONG_FILLER(SalesFloorRules.EST_14),
    /** EST-14: a sales-assistant sheet filled in after the deadline. */
    REGISTER_LATE(SalesFloorRules.EST_14),
    /** EST-14: a week without the web check or a weekly report. */
    WEEKLY_DUTY_MISSED(SalesFloorRules.EST_14),
    /** EST-15: no daily plan handed in on a duty day. */
    NO_DAILY_PLAN(SalesFloorRules.EST_15),
    /** EST-15: the daily plan was handed in after the morning cut-off. */
    LATE_DAILY_PLAN(SalesFloorRules.EST_15),
    /** EST-15: no summary written on the daily plan that day. */
    NO_SUMMARY(SalesFloorRules.EST_15),
    /** EST-15: no weekly plan filled in on the weekly-plan day. */
    NO_WEEKLY_PLAN(SalesFloorRules.EST_15);

    private final RuleId rule;

    GapKind(RuleId rule) {
        this.rule = rule;
    }

    /** The rule the gap breaks. */
    public RuleId rule() {
        return rule;
    }
}
