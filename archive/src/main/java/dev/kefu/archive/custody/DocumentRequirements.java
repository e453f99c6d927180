package dev.kefu.archive.custody;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.DocumentKind;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which document kinds (ARC-11) a customer type must have on file for the archive to be
 * complete (ARC-12: documents complete, nothing left out). Company configuration; a customer
 * type that is not configured is refused when checked, never guessed.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class DocumentRequirements {

    static final RuleId ARC_12 = RuleId.of("ARC-12");

    private final Map<String, Set<DocumentKind>> byType;

    private DocumentRequirements(Map<String, Set<DocumentKind>> byType) {
        this.byType = byType;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The regulation's preset for property-management tenants (S1 part 7, ARC-11): the documents a tenant
     * has from moving in — company information, payment records, move-in forms, contact
     * details with the responsible person's ID copy, emergency contacts and the business
     * licence — required for customer type {@code TENANT}. Records that arise only when
     * something happens (repairs, complaints, violations) are not required.
     */
    public static DocumentRequirements regulation() {
        return builder().require("TENANT", DocumentKind.COMPANY_INFORMATION, DocumentKind.PAYMENT_RECORDS,
                DocumentKind.MOVE_IN_FORMS, DocumentKind.CONTACT_DETAILS_WITH_ID_COPY, DocumentKind.EMERGENCY_CONTACTS,
                DocumentKind.BUSINESS_LICENCE).build();
    }

    /**
     * The kinds required of a customer type.
     *
     * @param customerType  the type, not null
     * @return the kinds, not null
     * @throws dev.kefu.core.validation.PolicyInputException if the type is not configured
     */
    public Set<DocumentKind> requiredFor(String customerType) {
        Violations v = Violations.create();
        if (v.requireNonNull(customerType, "customerType", ARC_12) && !byType.containsKey(customerType)) {
            v.add("customerType", ArchiveMessages.BUNDLE, "filing.unknownType", ARC_12, customerType, byType.keySet());
        }
        v.throwIfAny();
        return byType.get(customerType);
    }

    /** The configured customer types. */
    public Set<String> customerTypes() {
        return byType.keySet();
    }

    /** Builds the requirements; at least one customer type is required. */
    public static final class Builder {

        private final Map<String, Set<DocumentKind>> byType = new LinkedHashMap<>();
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * Requires document kinds of a customer type (adds to any already required).
         *
         * @param customerType  the type, not blank
         * @param kinds  the kinds
         * @return this builder
         */
        public Builder require(String customerType, DocumentKind... kinds) {
            if (customerType == null || customerType.isBlank()) {
                problems.add("customerType", "required", ARC_12);
                return this;
            }
            Set<DocumentKind> set = byType.computeIfAbsent(customerType, t -> EnumSet.noneOf(DocumentKind.class));
            if (kinds == null) {
                problems.add("require[" + customerType + "]", "required", ARC_12);
                return this;
            }
            for (int i = 0; i < kinds.length; i++) {
                if (kinds[i] == null) {
                    problems.add("require[" + customerType + "][" + i + "]", "required", ARC_12);
                } else {
                    set.add(kinds[i]);
                }
            }
            return this;
        }

        /**
         * Builds the requirements.
         *
         * @return the requirements
         * @throws dev.kefu.core.validation.PolicyInputException if none, or a type is blank
         */
        public DocumentRequirements build() {
            Violations v = Violations.create().addAll(problems.list());
            if (byType.isEmpty() && problems.isEmpty()) {
                v.add("customerTypes", ArchiveMessages.BUNDLE, "filing.noTypes", ARC_12);
            }
            for (String t : byType.keySet()) {
                if (t == null || t.isBlank()) {
                    v.add("customerType", "required", ARC_12);
                }
            }
            v.throwIfAny();
            Map<String, Set<DocumentKind>> copy = new LinkedHashMap<>();
            byType.forEach((k, s) -> copy.put(k, Collections.unmodifiableSet(EnumSet.copyOf(s.isEmpty() ? EnumSet.noneOf(DocumentKind.class) : s))));
            return new DocumentRequirements(Collections.unmodifiableMap(copy));
        }
    }
}
