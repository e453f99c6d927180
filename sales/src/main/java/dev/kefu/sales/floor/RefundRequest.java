package dev.kefu.sales.floor;

import dev.kefu.core.validation.Violations;
import java.util.List;
import java.util.Optional;

/**
 * A buyer's request for a refund (退房), EST-7: the contract stage, the buyer's reason (written
 * in the rep's notebook, ARC-15: 退房原因), the payments on the unit and, if anyone approved the
 * refund, who.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class RefundRequest {

    private final ContractStage stage;
    private final String reason;
    private final RoleLabel approvedBy;
    private final List<Payment> payments;

    private RefundRequest(ContractStage stage, String reason, RoleLabel approvedBy, List<Payment> payments) {
        this.stage = stage;
        this.reason = reason;
        this.approvedBy = approvedBy;
        this.payments = payments;
    }

    /**
     * A request nobody has approved.
     *
     * @param stage  the contract stage, not null
     * @param reason  the buyer's reason, not blank
     * @param payments  the payments on the unit, no null element
     * @return the request
     * @throws dev.kefu.core.validation.PolicyInputException on a missing or malformed value
     */
    public static RefundRequest unapproved(ContractStage stage, String reason, List<Payment> payments) {
        return create(Violations.create(), stage, reason, null, payments);
    }

    /**
     * A request approved by a role.
     *
     * @param stage  the contract stage, not null
     * @param reason  the buyer's reason, not blank
     * @param payments  the payments on the unit, no null element
     * @param approver  who approved it, not null
     * @return the request
     * @throws dev.kefu.core.validation.PolicyInputException on a missing or malformed value
     */
    public static RefundRequest approved(ContractStage stage, String reason, List<Payment> payments, RoleLabel approver) {
        Violations v = Violations.create();
        v.requireNonNull(approver, "approver", SalesFloorRules.EST_7);
        return create(v, stage, reason, approver, payments);
    }

    private static RefundRequest create(Violations v, ContractStage stage, String reason, RoleLabel approver, List<Payment> payments) {
        v.requireNonNull(stage, "stage", SalesFloorRules.EST_7);
        FloorTexts.requireText(v, reason, "reason", SalesFloorRules.EST_7);
        FloorTexts.requireElements(v, payments, "payments", SalesFloorRules.EST_7);
        v.throwIfAny();
        return new RefundRequest(stage, reason, approver, List.copyOf(payments));
    }

    /** Whether the contract is signed. */
    public ContractStage stage() {
        return stage;
    }

    /** The buyer's reason, for the rep's notebook. */
    public String reason() {
        return reason;
    }

    /** Who approved the refund, if anyone did. */
    public Optional<RoleLabel> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    /** The payments on the unit. */
    public List<Payment> payments() {
        return payments;
    }

    @Override
    public String toString() {
        return "RefundRequest[" + stage + ", " + payments.size() + " payments]";
    }
}
