package dev.kefu.archive.grading;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;

/**
 * An RFM score: recency, frequency and monetary value, each scored 1 (worst quintile) to 5
 * (best quintile) (ARC-5).
 *
 * @param recency  1–5, 5 for the most recent buyers
 * @param frequency  1–5, 5 for the most frequent buyers
 * @param monetary  1–5, 5 for the biggest spenders
 */
public record RfmScore(int recency, int frequency, int monetary) {

    /** @throws dev.kefu.core.validation.PolicyInputException if a score is outside 1–5 */
    public RfmScore {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("ARC-5");
        check(v, "recency", recency, rule);
        check(v, "frequency", frequency, rule);
        check(v, "monetary", monetary, rule);
        v.throwIfAny();
    }

    private static void check(Violations v, String path, int score, RuleId rule) {
        if (score < 1 || score > 5) {
            v.add(path, dev.kefu.archive.ArchiveMessages.BUNDLE, "grading.rfm.range", rule);
        }
    }

    /**
     * A common segmentation, offered as a starting point (the regulation defines none):
     * {@code CHAMPIONS} (R, F and M all 4+), {@code LOYAL} (F 4+), {@code AT_RISK} (R 2 or less,
     * F 3+), {@code LOST} (R 2 or less), {@code PROMISING} (R 4+), {@code NEEDS_ATTENTION}
     * otherwise. The first that applies wins.
     *
     * @param s  the score, not null
     * @return the segment as a grade, not null
     */
    public static Grade standardSegment(RfmScore s) {
        if (s.recency >= 4 && s.frequency >= 4 && s.monetary >= 4) {
            return Grade.of("CHAMPIONS");
        }
        if (s.frequency >= 4) {
            return Grade.of("LOYAL");
        }
        if (s.recency <= 2 && s.frequency >= 3) {
            return Grade.of("AT_RISK");
        }
        if (s.recency <= 2) {
            return Grade.of("LOST");
        }
        if (s.recency >= 4) {
            return Grade.of("PROMISING");
        }
        return Grade.of("NEEDS_ATTENTION");
    }

    /** The score as {@code R-F-M}, such as {@code 5-4-3}. */
    @Override
    public String toString() {
        return recency + "-" + frequency + "-" + monetary;
    }
}
