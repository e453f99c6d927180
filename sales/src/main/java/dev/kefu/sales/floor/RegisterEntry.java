package dev.kefu.sales.floor;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry in a register or sheet (EST-14): what was filled in, by whom, when, and the event it
 * records.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class RegisterEntry {

    private final RegisterKind kind;
    private final EmployeeId filledBy;
    private final Instant filledAt;
    private final EmployeeId receivedBy;
    private final Instant businessAt;

    private RegisterEntry(RegisterKind kind, EmployeeId filledBy, Instant filledAt, EmployeeId receivedBy, Instant businessAt) {
        this.kind = kind;
        this.filledBy = filledBy;
        this.filledAt = filledAt;
        this.receivedBy = receivedBy;
        this.businessAt = businessAt;
    }

    /**
     * An entry of the visitor or call register, recording a reception.
     *
     * @param kind  {@link RegisterKind#VISITOR_REGISTER} or {@link RegisterKind#CALL_REGISTER}
     * @param receivedBy  the rep who received the visitor or call, not null
     * @param filledBy  who filled in the entry, not null
     * @param filledAt  when, not null
     * @return the entry
     * @throws dev.kefu.core.validation.PolicyInputException on a null value or another kind
     */
    public static RegisterEntry reception(RegisterKind kind, EmployeeId receivedBy, EmployeeId filledBy, Instant filledAt) {
        Violations v = common(kind, filledBy, filledAt);
        v.requireNonNull(receivedBy, "receivedBy", SalesFloorRules.EST_14);
        if (kind != null && kind.filler() != RegisterKind.Filler.RECEIVING_REP) {
            FloorTexts.add(v, "kind", "register.kind.reception", SalesFloorRules.EST_14);
        }
        v.throwIfAny();
        return new RegisterEntry(kind, filledBy, filledAt, receivedBy, null);
    }

    /**
     * An entry of a sales-assistant sheet, recording a transaction.
     *
     * @param kind  a deposit, statistics or signing sheet
     * @param transactionAt  when the transaction happened, not null
     * @param filledBy  who filled in the entry, not null
     * @param filledAt  when, not null
     * @return the entry
     * @throws dev.kefu.core.validation.PolicyInputException on a null value or another kind
     */
    public static RegisterEntry transaction(RegisterKind kind, Instant transactionAt, EmployeeId filledBy, Instant filledAt) {
        Violations v = common(kind, filledBy, filledAt);
        v.requireNonNull(transactionAt, "transactionAt", SalesFloorRules.EST_14);
        if (kind != null && kind.filler() != RegisterKind.Filler.ASSISTANT) {
            FloorTexts.add(v, "kind", "register.kind.transaction", SalesFloorRules.EST_14);
        }
        v.throwIfAny();
        return new RegisterEntry(kind, filledBy, filledAt, null, transactionAt);
    }

    /**
     * A weekly report of the sales manager.
     *
     * @param kind  the weekly sales analysis or the weekly business report
     * @param filledBy  who filled it in, not null
     * @param filledAt  when, not null
     * @return the entry
     * @throws dev.kefu.core.validation.PolicyInputException on a null value or another kind
     */
    public static RegisterEntry weekly(RegisterKind kind, EmployeeId filledBy, Instant filledAt) {
        Violations v = common(kind, filledBy, filledAt);
        if (kind != null && kind.filler() != RegisterKind.Filler.MANAGER) {
            FloorTexts.add(v, "kind", "register.kind.weekly", SalesFloorRules.EST_14);
        }
        v.throwIfAny();
        return new RegisterEntry(kind, filledBy, filledAt, null, null);
    }

    private static Violations common(RegisterKind kind, EmployeeId filledBy, Instant filledAt) {
        Violations v = Violations.create();
        v.requireNonNull(kind, "kind", SalesFloorRules.EST_14);
        v.requireNonNull(filledBy, "filledBy", SalesFloorRules.EST_14);
        v.requireNonNull(filledAt, "filledAt", SalesFloorRules.EST_14);
        return v;
    }

    /** The register. */
    public RegisterKind kind() {
        return kind;
    }

    /** Who filled in the entry. */
    public EmployeeId filledBy() {
        return filledBy;
    }

    /** When. */
    public Instant filledAt() {
        return filledAt;
    }

    /** The receiving rep, for the visitor and call registers. */
    public Optional<EmployeeId> receivedBy() {
        return Optional.ofNullable(receivedBy);
    }

    /** When the transaction happened, for the sales-assistant sheets. */
    public Optional<Instant> transactionAt() {
        return Optional.ofNullable(businessAt);
    }

    @Override
    public String toString() {
        return "RegisterEntry[" + kind + " by " + filledBy + " at " + filledAt + "]";
    }
}
