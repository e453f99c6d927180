package dev.kefu.archive.desk;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.ArchiveRules;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.util.Optional;

/**
 * A customer's repair call (报修, ARC-20): when it came in, the repair order (维修单) written
 * up for it, and when the repair was arranged (联系修复).
 *
 * @param customer  the customer who called
 * @param calledAt  when the call came in
 * @param repairOrder  the repair order's reference, once written up
 * @param arrangedAt  when the repair was arranged, once it was
 */
public record RepairCall(CustomerId customer, Instant calledAt, Optional<String> repairOrder, Optional<Instant> arrangedAt) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every problem */
    public RepairCall {
        Violations v = Violations.create();
        v.requireNonNull(customer, "customer", ArchiveRules.ARC_20);
        boolean at = v.requireNonNull(calledAt, "calledAt", ArchiveRules.ARC_20);
        if (v.requireNonNull(repairOrder, "repairOrder", ArchiveRules.ARC_20) && repairOrder.isPresent() && repairOrder.get().isBlank()) {
            v.add("repairOrder", "required", ArchiveRules.ARC_20);
        }
        if (v.requireNonNull(arrangedAt, "arrangedAt", ArchiveRules.ARC_20) && at && arrangedAt.isPresent()
                && arrangedAt.get().isBefore(calledAt)) {
            v.add("arrangedAt", ArchiveMessages.BUNDLE, "repair.arrangedBeforeCall", ArchiveRules.ARC_20);
        }
        v.throwIfAny();
    }

    /** A call just received, with no order yet. */
    public static RepairCall received(CustomerId customer, Instant calledAt) {
        return new RepairCall(customer, calledAt, Optional.empty(), Optional.empty());
    }

    /** This call with its repair order written up. */
    public RepairCall withOrder(String reference) {
        return new RepairCall(customer, calledAt, Optional.ofNullable(reference), arrangedAt);
    }

    /** This call with the repair arranged at a time. */
    public RepairCall arranged(Instant at) {
        return new RepairCall(customer, calledAt, repairOrder, Optional.ofNullable(at));
    }
}
