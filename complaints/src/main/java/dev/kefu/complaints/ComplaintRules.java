package dev.kefu.complaints;

import dev.kefu.core.decision.RuleId;

/**
 * The complaint rules of the catalogue (CMP-1 … CMP-20), one constant each, so that no rule ID
 * travels through the code as a string.
 */
public final class ComplaintRules {

    /** CMP-1 what can be complained about; product details. */
    public static final RuleId CMP_1 = RuleId.of("CMP-1");
    /** CMP-2 channels; the clocks start at the first receipt on any channel. */
    public static final RuleId CMP_2 = RuleId.of("CMP-2");
    /** CMP-3 HR-admin intake: record, judge, answer tactfully or dispatch. */
    public static final RuleId CMP_3 = RuleId.of("CMP-3");
    /** CMP-4 investigation and resolution by the resolver. */
    public static final RuleId CMP_4 = RuleId.of("CMP-4");
    /** CMP-5 callback. */
    public static final RuleId CMP_5 = RuleId.of("CMP-5");
    /** CMP-6 record kept in OA; who may read it. */
    public static final RuleId CMP_6 = RuleId.of("CMP-6");
    /** CMP-7 deadlines: investigation within 1 working day, reply within 2. */
    public static final RuleId CMP_7 = RuleId.of("CMP-7");
    /** CMP-8 the level decides the resolver's rank (required configuration). */
    public static final RuleId CMP_8 = RuleId.of("CMP-8");
    /** CMP-9 progress updates while handling takes time. */
    public static final RuleId CMP_9 = RuleId.of("CMP-9");
    /** CMP-10 routing. */
    public static final RuleId CMP_10 = RuleId.of("CMP-10");
    /** CMP-11 response times and the phone-ring ladder. */
    public static final RuleId CMP_11 = RuleId.of("CMP-11");
    /** CMP-12 staff penalties for complaints. */
    public static final RuleId CMP_12 = RuleId.of("CMP-12");
    /** CMP-13 who administers penalties; the subject of a complaint may not act on it. */
    public static final RuleId CMP_13 = RuleId.of("CMP-13");
    /** CMP-14 service-quality indicators. */
    public static final RuleId CMP_14 = RuleId.of("CMP-14");
    /** CMP-15 enquiry record. */
    public static final RuleId CMP_15 = RuleId.of("CMP-15");
    /** CMP-16 first-contact ownership (首问负责制). */
    public static final RuleId CMP_16 = RuleId.of("CMP-16");
    /** CMP-17 transfers of complex issues with the expected reply time. */
    public static final RuleId CMP_17 = RuleId.of("CMP-17");
    /** CMP-18 service records. */
    public static final RuleId CMP_18 = RuleId.of("CMP-18");
    /** CMP-19 satisfaction callbacks. */
    public static final RuleId CMP_19 = RuleId.of("CMP-19");
    /** CMP-20 service log and daily problem summary. */
    public static final RuleId CMP_20 = RuleId.of("CMP-20");
    /** ORD-3 order operations are order-desk work. */
    public static final RuleId ORD_3 = RuleId.of("ORD-3");
    /** APR-8 the S3 penalty schedule (a phone answered from the 4th ring: 20 yuan). */
    public static final RuleId APR_8 = RuleId.of("APR-8");
    /** APR-9 first offenders get a warning in place of the fine (decided by the ledger). */
    public static final RuleId APR_9 = RuleId.of("APR-9");
    /** CORE-CAL-4 periods. */
    public static final RuleId CORE_CAL_4 = RuleId.of("CORE-CAL-4");

    private ComplaintRules() {
    }
}
