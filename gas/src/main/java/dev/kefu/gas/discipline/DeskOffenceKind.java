package dev.kefu.gas.discipline;

import dev.kefu.core.decision.RuleId;
import dev.kefu.gas.GasRules;

/**
 * The gas desk's recordable offence kinds (MTR-1, MTR-2, MTR-3, MTR-11), each with the rule
 * that names it. Part 10 gives no sanction for any of them.
 */
public enum DeskOffenceKind {
    /** 亂收費 (MTR-1). */
    ARBITRARY_CHARGES(GasRules.MTR_1),
    /** 以氣謀私 (MTR-1). */
    GAS_FOR_PRIVATE_GAIN(GasRules.MTR_1),
    /** 私接私裝燃氣設施 (MTR-1). */
    PRIVATE_CONNECTION(GasRules.MTR_1),
    /** 要求客戶以工代勞 (MTR-1). */
    CUSTOMER_MADE_TO_WORK(GasRules.MTR_1),
    /** 對客戶不禮貌 (MTR-1). */
    DISCOURTESY(GasRules.MTR_1),
    /** 要挾、刁難客戶 (MTR-1). */
    THREATENING_OR_OBSTRUCTING(GasRules.MTR_1),
    /** 遲到 (MTR-2; also APR-14). */
    LATENESS(GasRules.MTR_2),
    /** 早退 (MTR-2; also APR-14). */
    EARLY_LEAVE(GasRules.MTR_2),
    /** 曠工 (MTR-2; also APR-14). */
    ABSENCE(GasRules.MTR_2),
    /** 串崗、脫崗 (MTR-2). */
    LEAVING_POST(GasRules.MTR_2),
    /** 擅自代班代崗、叫人代崗 without approval (MTR-2, approval as in MTR-17). */
    UNAPPROVED_STAND_IN(GasRules.MTR_2),
    /** No uniform or badge (統一著裝、佩牌, MTR-2). */
    NO_UNIFORM_OR_BADGE(GasRules.MTR_2),
    /** Other business or chatting while serving a customer (MTR-2). */
    DISTRACTED_WHILE_SERVING(GasRules.MTR_2),
    /** Receiving private friends or family at the counter (MTR-2). */
    PRIVATE_VISITORS(GasRules.MTR_2),
    /** Snacks in the hall (MTR-2). */
    SNACKS_IN_HALL(GasRules.MTR_2),
    /** Disclosing customer data (MTR-2; also SEC-11). */
    DISCLOSING_CUSTOMER_DATA(GasRules.MTR_2),
    /** A verified complaint caused by one's own attitude or skill (MTR-3). */
    COMPLAINT_OWN_FAULT(GasRules.MTR_3),
    /** Dereliction in reading, collection or billing work (玩忽職守, MTR-11). */
    DERELICTION(GasRules.MTR_11);

    private final RuleId rule;

    DeskOffenceKind(RuleId rule) {
        this.rule = rule;
    }

    /** The rule that names the offence. */
    public RuleId rule() {
        return rule;
    }
}
