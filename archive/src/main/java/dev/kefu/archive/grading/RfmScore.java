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

    /** The score as {@code R-F-M}, such as {@code 5-4-3}. */
    @Override
    public String toString() {
        return recency + "-" + frequency + "-" + monetary;
    }
}
