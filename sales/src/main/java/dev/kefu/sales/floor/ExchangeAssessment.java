package dev.kefu.sales.floor;

import java.util.Optional;
import java.util.Set;

/**
 * The outcome of EST-4.
 *
 * @param met  the principles the request meets
 * @param standing  within principle (at least one met) or outside
 * @param approver  for a request outside principle, the host's approver who may still approve it
 */
public record ExchangeAssessment(Set<ExchangePrinciple> met, ExchangeStanding standing, Optional<RoleLabel> approver) {

    /** Copies the set. */
    public ExchangeAssessment {
        met = met.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(met));
    }
}
