package dev.kefu.sales.floor;

import dev.kefu.core.validation.Violations;
import java.util.HashMap;
import java.util.Map;

/**
 * The host's rank of each unit, better to worse, which EST-4's "better/worse" needs (required
 * setting [X]: the seed gives no ranking). Rank 1 is the best; equal ranks are equally good.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class UnitRanking {

    private final Map<String, Integer> ranks;

    private UnitRanking(Map<String, Integer> ranks) {
        this.ranks = ranks;
    }

    /**
     * A ranking from a rank per unit code.
     *
     * @param rankByUnitCode  each unit's rank, 1 = best, at least 1, not empty
     * @return the ranking
     * @throws dev.kefu.core.validation.PolicyInputException on a null, blank code or a rank below 1
     */
    public static UnitRanking of(Map<String, Integer> rankByUnitCode) {
        Violations v = Violations.create();
        if (v.requireNonNull(rankByUnitCode, "rankByUnitCode", SalesFloorRules.EST_4)) {
            if (rankByUnitCode.isEmpty()) {
                FloorTexts.add(v, "rankByUnitCode", "ranking.empty", SalesFloorRules.EST_4);
            }
            for (Map.Entry<String, Integer> e : rankByUnitCode.entrySet()) {
                if (e.getKey() == null || e.getKey().isBlank()) {
                    FloorTexts.add(v, "rankByUnitCode", "ranking.code", SalesFloorRules.EST_4);
                } else if (e.getValue() == null || e.getValue() < 1) {
                    FloorTexts.add(v, "rankByUnitCode[" + e.getKey() + "]", "ranking.rank", SalesFloorRules.EST_4);
                }
            }
        }
        v.throwIfAny();
        return new UnitRanking(Map.copyOf(new HashMap<>(rankByUnitCode)));
    }

    /** Whether the ranking knows the unit. */
    public boolean ranks(String unitCode) {
        return unitCode != null && ranks.containsKey(unitCode);
    }

    /**
     * The rank of a unit.
     *
     * @param unitCode  a ranked unit code
     * @return the rank, 1 = best
     * @throws dev.kefu.core.validation.PolicyInputException if the unit is not ranked
     */
    public int rankOf(String unitCode) {
        if (!ranks(unitCode)) {
            Violations.create().add("unit", FloorTexts.BUNDLE, "ranking.unknown", SalesFloorRules.EST_4).throwIfAny();
        }
        return ranks.get(unitCode);
    }

    @Override
    public String toString() {
        return "UnitRanking[" + ranks.size() + " units]";
    }
}
