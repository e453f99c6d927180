package dev.kefu.sales.attribution;

/**
 * Decides ownership of customers met at exhibitions and launch events (展会、发布会), where the
 * manager decides by another method (ATT-20, precedence line 1). The host supplies it;
 * attribution of a case with an exhibition motive and no strategy is refused as
 * misconfiguration.
 *
 * <p>Implementations must be thread-safe; the policy checks what they return (holders in the
 * team, shares totalling 100%).
 */
@FunctionalInterface
public interface EventOwnershipStrategy {

    /**
     * Decides a case met at an event.
     *
     * @param attributionCase  the facts, with a {@link VisitMotive.Exhibition} motive
     * @return the host's decision, not null
     */
    EventOwnership decide(AttributionCase attributionCase);
}
