package dev.kefu.appraisal;

import dev.kefu.core.decision.RuleId;

/**
 * The APR rule IDs of the catalogue, one constant each, so that no string carries a rule ID
 * through the code.
 */
public final class AppraisalRules {

    /** APR-1: staff are appraised monthly. */
    public static final RuleId APR_1 = RuleId.of("APR-1");
    /** APR-2: what is appraised; dimension and indicator weights are required. */
    public static final RuleId APR_2 = RuleId.of("APR-2");
    /** APR-3: who scores, weights totalling 100%. */
    public static final RuleId APR_3 = RuleId.of("APR-3");
    /** APR-4: ranking, bands and outcomes; no built-in ladder. */
    public static final RuleId APR_4 = RuleId.of("APR-4");
    /** APR-5: other rewards. */
    public static final RuleId APR_5 = RuleId.of("APR-5");
    /** APR-6: escalation of discipline. */
    public static final RuleId APR_6 = RuleId.of("APR-6");
    /** APR-7: the reward schedule. */
    public static final RuleId APR_7 = RuleId.of("APR-7");
    /** APR-8: the penalty schedule. */
    public static final RuleId APR_8 = RuleId.of("APR-8");
    /** APR-9: first offenders get a warning in place of the fine. */
    public static final RuleId APR_9 = RuleId.of("APR-9");
    /** APR-10: daily inspection and the handover record. */
    public static final RuleId APR_10 = RuleId.of("APR-10");
    /** APR-11: handover. */
    public static final RuleId APR_11 = RuleId.of("APR-11");
    /** APR-12: shift swaps. */
    public static final RuleId APR_12 = RuleId.of("APR-12");
    /** APR-13: training. */
    public static final RuleId APR_13 = RuleId.of("APR-13");
    /** APR-14: discipline offences with no schedule amount. */
    public static final RuleId APR_14 = RuleId.of("APR-14");
    /** APR-15: leaving the post. */
    public static final RuleId APR_15 = RuleId.of("APR-15");
    /** APR-16: no hanging up on customers. */
    public static final RuleId APR_16 = RuleId.of("APR-16");
    /** APR-17: leave needs a superior's approval. */
    public static final RuleId APR_17 = RuleId.of("APR-17");
    /** APR-18: cleaning duty. */
    public static final RuleId APR_18 = RuleId.of("APR-18");
    /** APR-19: training results count in appraisal. */
    public static final RuleId APR_19 = RuleId.of("APR-19");
    /** APR-20: hiring checks. */
    public static final RuleId APR_20 = RuleId.of("APR-20");
    /** CMP-11: the phone target (answered by the 2nd ring), read with the phone-ring ladder. */
    public static final RuleId CMP_11 = RuleId.of("CMP-11");
    /** CMP-12: complaint sanction tiers, which deduct appraisal points. */
    public static final RuleId CMP_12 = RuleId.of("CMP-12");

    private AppraisalRules() {
    }
}
