package dev.kefu.archive;

import dev.kefu.core.decision.RuleId;

/**
 * The catalogue's ARC rule IDs (customer archive, S1 parts 6–9, S0 §6) as constants: code
 * names a rule through these, never through a string.
 */
public final class ArchiveRules {

    /** ARC-1: scope of the archive. */
    public static final RuleId ARC_1 = RuleId.of("ARC-1");
    /** ARC-2: the four fact groups. */
    public static final RuleId ARC_2 = RuleId.of("ARC-2");
    /** ARC-3: the source of each fact. */
    public static final RuleId ARC_3 = RuleId.of("ARC-3");
    /** ARC-4: classification by nature. */
    public static final RuleId ARC_4 = RuleId.of("ARC-4");
    /** ARC-5: grading. */
    public static final RuleId ARC_5 = RuleId.of("ARC-5");
    /** ARC-6: composition analysis. */
    public static final RuleId ARC_6 = RuleId.of("ARC-6");
    /** ARC-7: credit analysis. */
    public static final RuleId ARC_7 = RuleId.of("ARC-7");
    /** ARC-8: the archive is dynamic; stale archives are found. */
    public static final RuleId ARC_8 = RuleId.of("ARC-8");
    /** ARC-9: use matters more than keeping (用重于管). */
    public static final RuleId ARC_9 = RuleId.of("ARC-9");
    /** ARC-10: a named custodian. */
    public static final RuleId ARC_10 = RuleId.of("ARC-10");
    /** ARC-11: the document kinds kept per customer. */
    public static final RuleId ARC_11 = RuleId.of("ARC-11");
    /** ARC-12: filing, registers of receiving, transferring and lending. */
    public static final RuleId ARC_12 = RuleId.of("ARC-12");
    /** ARC-13: destruction and periodic inspection of stored files. */
    public static final RuleId ARC_13 = RuleId.of("ARC-13");
    /** ARC-14: customer management steps. */
    public static final RuleId ARC_14 = RuleId.of("ARC-14");
    /** ARC-15: registration the same day; registers and notebooks. */
    public static final RuleId ARC_15 = RuleId.of("ARC-15");
    /** ARC-16: tracking sheets. */
    public static final RuleId ARC_16 = RuleId.of("ARC-16");
    /** ARC-17: verification before building an archive; evaluation; sign-off. */
    public static final RuleId ARC_17 = RuleId.of("ARC-17");
    /** ARC-18: basic data collected at every touch. */
    public static final RuleId ARC_18 = RuleId.of("ARC-18");
    /** ARC-19: documents handed over are signed by both sides; notices and forms registered and filed. */
    public static final RuleId ARC_19 = RuleId.of("ARC-19");
    /** ARC-20: repair calls become repair orders; the repair record joins the archive. */
    public static final RuleId ARC_20 = RuleId.of("ARC-20");

    private ArchiveRules() {
    }
}
