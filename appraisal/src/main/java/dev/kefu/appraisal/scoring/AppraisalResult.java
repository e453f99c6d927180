package dev.kefu.appraisal.scoring;

import dev.kefu.core.id.EmployeeId;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One employee's monthly appraisal (APR-1 … APR-4).
 *
 * @param employee  the employee
 * @param sourceScores  each source's score, 0–100 (a defensive, unmodifiable copy)
 * @param weighted  the weighted score before deductions
 * @param pointsDeducted  appraisal points deducted by sanctions this month (CMP-12 tiers 2 and 3)
 * @param total  the final score: weighted minus deductions, not below 0, two decimals
 * @param rank  the rank, 1 for the best; equal totals share a rank (1, 2, 2, 4)
 * @param band  the band
 * @param outcome  what follows
 */
public record AppraisalResult(EmployeeId employee, Map<Source, BigDecimal> sourceScores, BigDecimal weighted,
                              int pointsDeducted, BigDecimal total, int rank, Band band, Outcome outcome) {

    /** Keeps a defensive copy of the source scores. */
    public AppraisalResult {
        sourceScores = sourceScores == null ? null
                : Collections.unmodifiableMap(sourceScores.isEmpty() ? new EnumMap<>(Source.class) : new EnumMap<>(sourceScores));
    }
}
