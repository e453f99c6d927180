package dev.kefu.gas;

import dev.kefu.core.decision.RuleId;
import java.util.List;

/**
 * The rule IDs of the gas company service desk (MTR, S1 part 10), one constant per catalogue
 * row; code never carries a rule ID as a string.
 */
public final class GasRules {

    /** MTR-1: the six prohibitions of gas service (燃氣服務六不準), recordable offence kinds. */
    public static final RuleId MTR_1 = RuleId.of("MTR-1");
    /** MTR-2: counter discipline, recordable offence kinds. */
    public static final RuleId MTR_2 = RuleId.of("MTR-2");
    /** MTR-3: a verified complaint caused by one's own attitude or skill is dealt with severely. */
    public static final RuleId MTR_3 = RuleId.of("MTR-3");
    /** MTR-4: meter master data (type, number, years in use, inlet direction). */
    public static final RuleId MTR_4 = RuleId.of("MTR-4");
    /** MTR-5: readings are actual, on-site indexes; no wrong, estimated or skipped readings. */
    public static final RuleId MTR_5 = RuleId.of("MTR-5");
    /** MTR-6: meter-read rates per reading cycle (100% / at least 98% / at least 70%). */
    public static final RuleId MTR_6 = RuleId.of("MTR-6");
    /** MTR-7: commercial meters are read on the 22nd–23rd; others on the host's schedule. */
    public static final RuleId MTR_7 = RuleId.of("MTR-7");
    /** MTR-8: reading sheets entered promptly and kept complete. */
    public static final RuleId MTR_8 = RuleId.of("MTR-8");
    /** MTR-9: daily reading reports, month-end summary, meter anomalies reported. */
    public static final RuleId MTR_9 = RuleId.of("MTR-9");
    /** MTR-10: arrears chased promptly. */
    public static final RuleId MTR_10 = RuleId.of("MTR-10");
    /** MTR-11: reading, collection and billing work count in the appraisal. */
    public static final RuleId MTR_11 = RuleId.of("MTR-11");
    /** MTR-12: every charge follows the tariff. */
    public static final RuleId MTR_12 = RuleId.of("MTR-12");
    /** MTR-13: takings and receipts go to finance on time; accounts match the cash. */
    public static final RuleId MTR_13 = RuleId.of("MTR-13");
    /** MTR-14: the daily gas-sales summary. */
    public static final RuleId MTR_14 = RuleId.of("MTR-14");
    /** MTR-15: close-of-business reconciliation of the system report against takings. */
    public static final RuleId MTR_15 = RuleId.of("MTR-15");
    /** MTR-16: planned shift changes applied for to the department head ahead of time. */
    public static final RuleId MTR_16 = RuleId.of("MTR-16");
    /** MTR-17: swaps and absences on the day need the group leader's recorded consent. */
    public static final RuleId MTR_17 = RuleId.of("MTR-17");
    /** MTR-18: the business-hall duty rota and upkeep responsibilities. */
    public static final RuleId MTR_18 = RuleId.of("MTR-18");
    /** MTR-19: at the post 10 minutes before the shift; closing checks. */
    public static final RuleId MTR_19 = RuleId.of("MTR-19");
    /** MTR-20: the Monday weekly meeting with recorded attendance. */
    public static final RuleId MTR_20 = RuleId.of("MTR-20");
    /** MTR-21: settlement cover by the card-service clerk. */
    public static final RuleId MTR_21 = RuleId.of("MTR-21");

    /** APR-14 (appraisal): lateness, early leave and absence, matched by MTR-2's counter discipline. */
    public static final RuleId APR_14 = RuleId.of("APR-14");
    /** APR-6 (appraisal): the warning and fine ladder for offences with no sanction of their own. */
    public static final RuleId APR_6 = RuleId.of("APR-6");
    /** SEC-11 (security): customer data, matched by MTR-2's disclosure offence. */
    public static final RuleId SEC_11 = RuleId.of("SEC-11");

    /** Every MTR rule, in catalogue order. */
    public static final List<RuleId> ALL = List.of(MTR_1, MTR_2, MTR_3, MTR_4, MTR_5, MTR_6, MTR_7, MTR_8, MTR_9, MTR_10,
            MTR_11, MTR_12, MTR_13, MTR_14, MTR_15, MTR_16, MTR_17, MTR_18, MTR_19, MTR_20, MTR_21);

    private GasRules() {
    }
}
