package dev.kefu.sales.floor;

import dev.kefu.core.validation.Violations;
import java.util.Optional;

/**
 * Whether a refund (退房) can be granted before the contract is signed, and by whom (EST-7,
 * required setting [X]: the seed names no approver at that stage).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class RefundAuthority {

    private final RoleLabel approver;

    private RefundAuthority(RoleLabel approver) {
        this.approver = approver;
    }

    /** No refund is ever granted before signing either: the request stays in retention. */
    public static RefundAuthority noneGranted() {
        return new RefundAuthority(null);
    }

    /**
     * The given role may grant a refund before signing.
     *
     * @param approver  the approver, not null
     * @return the authority
     * @throws dev.kefu.core.validation.PolicyInputException if the approver is null
     */
    public static RefundAuthority grantedBy(RoleLabel approver) {
        Violations v = Violations.create();
        v.requireNonNull(approver, "approver", SalesFloorRules.EST_7);
        v.throwIfAny();
        return new RefundAuthority(approver);
    }

    /** The approver, when one may grant a refund before signing. */
    public Optional<RoleLabel> approver() {
        return Optional.ofNullable(approver);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RefundAuthority && java.util.Objects.equals(((RefundAuthority) o).approver, approver);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(approver);
    }

    @Override
    public String toString() {
        return approver == null ? "RefundAuthority[none]" : "RefundAuthority[" + approver.english() + "]";
    }
}
