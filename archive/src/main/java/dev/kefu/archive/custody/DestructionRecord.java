package dev.kefu.archive.custody;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;

/**
 * A record of destroying a document no longer kept (档案销毁, ARC-13).
 *
 * @param archive  whose archive the document was in
 * @param documentReference  the document's reference
 * @param confidential  whether the document was confidential
 * @param method  how it was destroyed
 * @param destroyedBy  who destroyed it
 * @param at  when
 */
public record DestructionRecord(CustomerId archive, String documentReference, boolean confidential,
                                DestructionMethod method, EmployeeId destroyedBy, Instant at) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing field */
    public DestructionRecord {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("ARC-13");
        v.requireNonNull(archive, "archive", rule);
        if (documentReference == null || documentReference.isBlank()) {
            v.add("documentReference", "required", rule);
        }
        v.requireNonNull(method, "method", rule);
        v.requireNonNull(destroyedBy, "destroyedBy", rule);
        v.requireNonNull(at, "at", rule);
        v.throwIfAny();
    }
}
