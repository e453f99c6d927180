package dev.kefu.appraisal.rota;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;

/**
 * A signature on a swap form, with the signer's role as the host vouches for it (APR-12).
 *
 * @param signer  who signed
 * @param role  the signer's role
 */
public record Signature(EmployeeId signer, SignerRole role) {

    /** @throws dev.kefu.core.validation.PolicyInputException if a part is missing */
    public Signature {
        Violations v = Violations.create();
        v.requireNonNull(signer, "signer", ShiftSwapPolicy.APR_12);
        v.requireNonNull(role, "role", ShiftSwapPolicy.APR_12);
        v.throwIfAny();
    }
}
