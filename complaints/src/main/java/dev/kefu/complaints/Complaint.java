package dev.kefu.complaints;

import dev.kefu.core.KefuStyle;
import dev.kefu.core.id.ComplaintId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.PolicyRule;
import dev.kefu.core.validation.Violations;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A customer complaint (投诉), CMP-1 and CMP-2: channel, category (with the product details of a
 * product complaint), level (CMP-8), the customer's demands, the department and staff
 * complained about, and an append-only timeline of events (CMP-6), the first of which is
 * {@link EventType#RECEIVED}.
 *
 * <p>Build a new complaint with {@link Complaints#receive}; add events only through
 * {@link dev.kefu.complaints.workflow.ComplaintWorkflow#apply}, which checks each step. A host
 * may implement this interface on its own entity; the workflow rebuilds state from the
 * timeline, so nothing else needs to be stored.
 */
@Value.Immutable
@KefuStyle
@PolicyRule("CMP-1")
public interface Complaint {

    /** The host's complaint key. */
    @NotNull
    ComplaintId id();

    /** The customer who complained. */
    @NotNull
    CustomerId customer();

    /** How the complaint came in (CMP-2). */
    @PolicyRule("CMP-2")
    @NotNull
    Channel channel();

    /** What it is about (CMP-1). */
    @NotNull
    Category category();

    /** Product details; required for {@link Category#PRODUCT}. */
    Optional<ProductDetails> product();

    /** The level (CMP-8). */
    @PolicyRule("CMP-8")
    @NotNull
    ComplaintLevel level();

    /** The customer's demands (诉求), as recorded. */
    List<String> demands();

    /** The department complained about. */
    @NotNull
    DepartmentId department();

    /** The staff complained about. */
    Set<EmployeeId> staffComplainedAbout();

    /** The timeline, oldest first; the first event is {@link EventType#RECEIVED}. */
    @PolicyRule("CMP-6")
    @NotEmpty
    List<ComplaintEvent> events();

    /** When the complaint was received: the time of its first event. */
    @Value.Derived
    default Instant receivedAt() {
        return events().isEmpty() ? Instant.EPOCH : events().get(0).at();
    }

    @Value.Check
    default void check() {
        dev.kefu.core.validation.PolicyValidator.shared().requireValid(this);
        Violations v = Violations.create();
        if (category() == Category.PRODUCT && product().isEmpty()) {
            v.add("product", "required", dev.kefu.core.decision.RuleId.of("CMP-1"));
        }
        if (events().get(0).type() != EventType.RECEIVED) {
            v.add("events[0].type", ComplaintsMessages.BUNDLE, "complaint.firstEvent", dev.kefu.core.decision.RuleId.of("CMP-3"));
        }
        v.throwIfAny();
    }
}
