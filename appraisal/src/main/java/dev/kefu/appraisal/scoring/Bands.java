package dev.kefu.appraisal.scoring;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.math.BigDecimal;

/**
 * Score thresholds of the bands (APR-4). The regulation sets none, so both are required:
 * excellent from {@code excellentFrom}, qualified from {@code qualifiedFrom}, unqualified below.
 *
 * @param excellentFrom  the lowest excellent score, 0–100, above qualifiedFrom
 * @param qualifiedFrom  the lowest qualified score, 0–100
 */
public record Bands(BigDecimal excellentFrom, BigDecimal qualifiedFrom) {

    /** @throws dev.kefu.core.validation.PolicyInputException if missing, out of range or out of order */
    public Bands {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("APR-4");
        boolean ok = v.requireNonNull(excellentFrom, "excellentFrom", rule) & v.requireNonNull(qualifiedFrom, "qualifiedFrom", rule);
        if (ok) {
            for (BigDecimal b : new BigDecimal[] {excellentFrom, qualifiedFrom}) {
                if (b.signum() < 0 || b.compareTo(BigDecimal.valueOf(100)) > 0) {
                    v.add(b == excellentFrom ? "excellentFrom" : "qualifiedFrom", AppraisalMessages.BUNDLE, "scoring.range", rule);
                }
            }
            if (excellentFrom.compareTo(qualifiedFrom) <= 0) {
                v.add("excellentFrom", AppraisalMessages.BUNDLE, "scoring.bandOrder", rule);
            }
        }
        v.throwIfAny();
    }

    /** Bands from whole numbers. */
    public static Bands of(int excellentFrom, int qualifiedFrom) {
        return new Bands(BigDecimal.valueOf(excellentFrom), BigDecimal.valueOf(qualifiedFrom));
    }

    /** The band of a score. */
    public Band bandOf(BigDecimal score) {
        return score.compareTo(excellentFrom) >= 0 ? Band.EXCELLENT : score.compareTo(qualifiedFrom) >= 0 ? Band.QUALIFIED : Band.UNQUALIFIED;
    }
}
