package dev.kefu.sales.attribution;

import dev.kefu.core.KefuStyle;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyRule;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The facts of one visit (and its deal, if any) that attribution decides on: who the team is,
 * who is present, who received the customer and whether by rotation, the customer's earlier
 * visits and registrations, what the customer said, referral and household links, the event
 * context and the state of any dispute. Build with {@code ImmutableAttributionCase.builder()}.
 *
 * <p>{@link AttributionPolicy#decide} checks the facts against each other (a rep both absent
 * and receiving, a deal dated before the first visit, an unknown rep) and refuses
 * inconsistent ones with {@link dev.kefu.core.validation.PolicyInputException}.
 */
@Value.Immutable
@KefuStyle
@PolicyRule("ATT-6")
public interface AttributionCase {

    /** The customer. */
    @NotNull
    CustomerId customer();

    /** Every rep of the sales team; any rep named elsewhere must be one of them. */
    @NotEmpty
    Set<EmployeeId> team();

    /** The reps present at the visit. */
    Set<EmployeeId> present();

    /** The day of this visit. */
    @NotNull
    LocalDate visitDate();

    /** The rep who received the customer at this visit. */
    @NotNull
    EmployeeId receivedBy();

    /** Whether {@link #receivedBy()} received the customer as the rep on rotation (ATT-1). */
    @Value.Default
    default boolean onRotation() {
        return true;
    }

    /** A rep who helped because the named rep was absent (ATT-10). */
    Optional<EmployeeId> assistedBy();

    /** The customer's earlier visits. */
    List<PriorVisit> priorVisits();

    /** Registrations of this customer by reps (ATT-6, ATT-7). */
    List<Registration> registrations();

    /** What the customer said. */
    @Value.Default
    default CustomerStatement statement() {
        return CustomerStatement.none();
    }

    /** The deal, if one closed. */
    Optional<Deal> deal();

    /** For a customer brought by an existing customer: that customer's original receiving rep (ATT-17). */
    Optional<EmployeeId> referredByCustomerOf();

    /** For a member of a household: the rep who received the household's first member (ATT-18). */
    Optional<EmployeeId> householdFirstReceivedBy();

    /** The exhibition or launch event the visit happened at (ATT-20). */
    Optional<String> event();

    /** The state of a dispute over this customer (ATT-21). */
    Optional<Dispute> dispute();

    @Value.Check
    default void check() {
        dev.kefu.core.validation.PolicyValidator.shared().requireValid(this);
    }
}
