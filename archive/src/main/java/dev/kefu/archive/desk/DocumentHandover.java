package dev.kefu.archive.desk;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.ArchiveRules;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A document passed between a customer and the management centre (ARC-19): who issued it,
 * when, whether the issuer and the receiver signed, and when it was registered and filed.
 * Build with {@link #builder()}.
 *
 * @param reference  the document's reference, not blank
 * @param kind  notice, form or other
 * @param customer  the customer it went to or came from
 * @param issuedBy  the employee who issued or took it in
 * @param handedAt  when it changed hands
 * @param issuerSignedAt  when the issuer signed, if they did
 * @param receiverSignedAt  when the receiver signed, if they did
 * @param registeredOn  the day it was registered (登记), if it was
 * @param filedOn  the day it was filed (归档), if it was
 */
public record DocumentHandover(String reference, HandedDocumentKind kind, CustomerId customer, EmployeeId issuedBy, Instant handedAt,
                               Optional<Instant> issuerSignedAt, Optional<Instant> receiverSignedAt, Optional<LocalDate> registeredOn,
                               Optional<LocalDate> filedOn) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every problem */
    public DocumentHandover {
        Violations v = Violations.create();
        if (reference == null || reference.isBlank()) {
            v.add("reference", "required", ArchiveRules.ARC_19);
        }
        v.requireNonNull(kind, "kind", ArchiveRules.ARC_19);
        v.requireNonNull(customer, "customer", ArchiveRules.ARC_19);
        v.requireNonNull(issuedBy, "issuedBy", ArchiveRules.ARC_19);
        boolean at = v.requireNonNull(handedAt, "handedAt", ArchiveRules.ARC_19);
        v.requireNonNull(issuerSignedAt, "issuerSignedAt", ArchiveRules.ARC_19);
        v.requireNonNull(receiverSignedAt, "receiverSignedAt", ArchiveRules.ARC_19);
        v.requireNonNull(registeredOn, "registeredOn", ArchiveRules.ARC_19);
        v.requireNonNull(filedOn, "filedOn", ArchiveRules.ARC_19);
        if (registeredOn != null && filedOn != null && registeredOn.isPresent() && filedOn.isPresent()
                && filedOn.get().isBefore(registeredOn.get())) {
            v.add("filedOn", ArchiveMessages.BUNDLE, "handover.filedBeforeRegistered", ArchiveRules.ARC_19);
        }
        if (at && receiverSignedAt != null && receiverSignedAt.isPresent() && receiverSignedAt.get().isBefore(handedAt)) {
            v.add("receiverSignedAt", ArchiveMessages.BUNDLE, "handover.signedBeforeHanded", ArchiveRules.ARC_19);
        }
        v.throwIfAny();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a handover record; {@link #build()} reports every problem. */
    public static final class Builder {
        private String reference;
        private HandedDocumentKind kind;
        private CustomerId customer;
        private EmployeeId issuedBy;
        private Instant handedAt;
        private Instant issuerSignedAt;
        private Instant receiverSignedAt;
        private LocalDate registeredOn;
        private LocalDate filedOn;

        private Builder() {
        }

        /** The document's reference. */
        public Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        /** Notice, form or other. */
        public Builder kind(HandedDocumentKind kind) {
            this.kind = kind;
            return this;
        }

        /** The customer. */
        public Builder customer(CustomerId customer) {
            this.customer = customer;
            return this;
        }

        /** The employee who issued or took in the document. */
        public Builder issuedBy(EmployeeId issuedBy) {
            this.issuedBy = issuedBy;
            return this;
        }

        /** When it changed hands. */
        public Builder handedAt(Instant handedAt) {
            this.handedAt = handedAt;
            return this;
        }

        /** When the issuer signed. */
        public Builder issuerSignedAt(Instant at) {
            this.issuerSignedAt = at;
            return this;
        }

        /** When the receiver signed. */
        public Builder receiverSignedAt(Instant at) {
            this.receiverSignedAt = at;
            return this;
        }

        /** The day it was registered. */
        public Builder registeredOn(LocalDate day) {
            this.registeredOn = day;
            return this;
        }

        /** The day it was filed. */
        public Builder filedOn(LocalDate day) {
            this.filedOn = day;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws dev.kefu.core.validation.PolicyInputException listing every problem
         */
        public DocumentHandover build() {
            return new DocumentHandover(reference, kind, customer, issuedBy, handedAt, Optional.ofNullable(issuerSignedAt),
                    Optional.ofNullable(receiverSignedAt), Optional.ofNullable(registeredOn), Optional.ofNullable(filedOn));
        }
    }
}
