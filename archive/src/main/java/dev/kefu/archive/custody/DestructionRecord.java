package dev.kefu.archive.custody;

import dev.kefu.archive.ArchiveDocument;
import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.ArchiveRules;
import dev.kefu.archive.Confidentiality;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.util.List;

/**
 * A record of destroying documents no longer kept (档案销毁, ARC-13): one batch of one
 * confidentiality, destroyed by one method.
 *
 * @param archive  whose archive the documents were in
 * @param documentReferences  the documents' references, at least one, none blank
 * @param confidentiality  whether the batch was confidential
 * @param method  how it was destroyed
 * @param destroyedBy  who destroyed it
 * @param at  when
 */
public record DestructionRecord(CustomerId archive, List<String> documentReferences, Confidentiality confidentiality,
                                DestructionMethod method, EmployeeId destroyedBy, Instant at) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing field */
    public DestructionRecord {
        Violations v = Violations.create();
        v.requireNonNull(archive, "archive", ArchiveRules.ARC_13);
        if (v.requireNonNull(documentReferences, "documentReferences", ArchiveRules.ARC_13)) {
            if (documentReferences.isEmpty()) {
                v.add("documentReferences", ArchiveMessages.BUNDLE, "destruction.noDocuments", ArchiveRules.ARC_13);
            }
            for (int i = 0; i < documentReferences.size(); i++) {
                String r = documentReferences.get(i);
                if (r == null || r.isBlank()) {
                    v.add("documentReferences[" + i + "]", "required", ArchiveRules.ARC_13);
                }
            }
        }
        v.requireNonNull(confidentiality, "confidentiality", ArchiveRules.ARC_13);
        v.requireNonNull(method, "method", ArchiveRules.ARC_13);
        v.requireNonNull(destroyedBy, "destroyedBy", ArchiveRules.ARC_13);
        v.requireNonNull(at, "at", ArchiveRules.ARC_13);
        v.throwIfAny();
        documentReferences = List.copyOf(documentReferences);
    }

    /**
     * The destruction of one filed document, with the confidentiality it was filed with
     * (confidential unless marked ordinary).
     *
     * @param archive  whose archive, not null
     * @param document  the document, not null
     * @param method  how, not null
     * @param destroyedBy  who, not null
     * @param at  when, not null
     * @return the record
     * @throws dev.kefu.core.validation.PolicyInputException listing every missing argument
     */
    public static DestructionRecord of(CustomerId archive, ArchiveDocument document, DestructionMethod method,
                                       EmployeeId destroyedBy, Instant at) {
        Violations v = Violations.create();
        v.requireNonNull(document, "document", ArchiveRules.ARC_13);
        v.throwIfAny();
        return new DestructionRecord(archive, List.of(document.reference()), document.confidentiality(), method, destroyedBy, at);
    }
}
