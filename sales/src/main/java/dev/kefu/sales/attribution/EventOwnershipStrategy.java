package dev.kefu.sales.attribution;

/**
 * Decides ownership of customers met at exhibitions and launch events (展会、发布会), where the
 * manager decides by another method (ATT-20). The host supplies it; attribution of a case with
 * an event and no strategy is refused as misconfiguration.
 *
 * <p>Implementations must be thread-safe and return an attribution whose bonus shares total
 * 100% when the case has a deal.
 */
@FunctionalInterface
public interface EventOwnershipStrategy {

    /**
     * Decides a case met at an event.
     *
     * @param attributionCase  the facts, with {@link AttributionCase#event()} present
     * @return the attribution
     */
    Attribution decide(AttributionCase attributionCase);
}
