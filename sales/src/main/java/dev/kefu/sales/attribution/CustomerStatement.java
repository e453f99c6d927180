package dev.kefu.sales.attribution;

import dev.kefu.core.KefuStyle;
import dev.kefu.core.id.EmployeeId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the customer said at the visit. Build with {@code ImmutableCustomerStatement.builder()};
 * every attribute is optional.
 */
@Value.Immutable
@KefuStyle
public interface CustomerStatement {

    /** The reps the customer named, in the order named (ATT-4, ATT-10, ATT-12). */
    List<EmployeeId> namedReps();

    /** The rep the customer asked to be served by (ATT-9, ATT-15). */
    Optional<EmployeeId> askedFor();

    /** Reps the customer refused (ATT-9, ATT-11). */
    Set<EmployeeId> refused();

    /** A rep the customer complained about (ATT-11). */
    Optional<EmployeeId> complainedAbout();

    /** Whether the sales supervisor has verified the complaint (ATT-11). */
    @Value.Default
    default boolean complaintVerified() {
        return false;
    }

    /** Whether the customer said they came before but forgot who received them (ATT-14). */
    @Value.Default
    default boolean forgotWhoReceived() {
        return false;
    }

    /** Whether the customer came to this rep to get a bigger discount (ATT-13). */
    @Value.Default
    default boolean cameForBiggerDiscount() {
        return false;
    }

    /** The customer said nothing that matters to attribution. */
    static CustomerStatement none() {
        return ImmutableCustomerStatement.builder().build();
    }
}
