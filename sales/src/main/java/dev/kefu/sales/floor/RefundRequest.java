package dev.kefu.sales.floor;

import java.util.List;
import java.util.Optional;

/**
 * A buyer's request for a refund (退房), EST-7.
 *
 * @param stage  whether the contract is signed, not null
 * @param reason  the buyer's reason, written in the rep's notebook (ARC-15: 退房原因), not blank
 * @param approvedBy  the role that approved the refund, if any approved it; not null
 * @param payments  the payments on the unit; only finance-receipted ones are refundable (EST-8), not null
 */
public record RefundRequest(ContractStage stage, String reason, Optional<RoleLabel> approvedBy, List<Payment> payments) {

    /**
     * A request nobody has approved.
     *
     * @param stage  the contract stage
     * @param reason  the buyer's reason
     * @param payments  the payments on the unit
     * @return the request
     */
    public static RefundRequest unapproved(ContractStage stage, String reason, List<Payment> payments) {
        return new RefundRequest(stage, reason, Optional.empty(), payments);
    }

    /**
     * A request approved by a role.
     *
     * @param stage  the contract stage
     * @param reason  the buyer's reason
     * @param payments  the payments on the unit
     * @param approver  who approved it
     * @return the request
     */
    public static RefundRequest approved(ContractStage stage, String reason, List<Payment> payments, RoleLabel approver) {
        return new RefundRequest(stage, reason, Optional.ofNullable(approver), payments);
    }

    @Override
    public String toString() {
        return "RefundRequest[" + stage + ", " + payments.size() + " payments]";
    }
}
