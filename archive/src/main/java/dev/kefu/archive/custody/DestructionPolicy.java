package dev.kefu.archive.custody;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.ArchiveRules;
import dev.kefu.archive.Confidentiality;
import dev.kefu.archive.Labels;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Checks a destruction (ARC-13, as amended 2026-11-24): documents no longer kept are destroyed,
 * never thrown away; confidential documents — tenant-archive documents by default — are
 * shredded; ordinary documents are torn up (撕毁, the regulation's method for ordinary documents
 * in bulk) or shredded before disposal.
 * <pre>{@code
 * Decision<DestructionCheck> d = DestructionPolicy.regulation().check(record);
 * }</pre>
 * A host that also accepts incineration or pulping for ordinary documents says so with
 * {@link Builder#allowForOrdinary}; confidential documents are always shredded.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class DestructionPolicy {

    private static final DestructionPolicy REGULATION =
            new DestructionPolicy(Collections.unmodifiableSet(EnumSet.of(DestructionMethod.SHREDDED, DestructionMethod.TORN_UP)));

    private final Set<DestructionMethod> ordinaryMethods;

    private DestructionPolicy(Set<DestructionMethod> ordinaryMethods) {
        this.ordinaryMethods = ordinaryMethods;
    }

    /** The regulation's methods: confidential shredded; ordinary torn up or shredded (ARC-13). */
    public static DestructionPolicy regulation() {
        return REGULATION;
    }

    /** A builder starting from the regulation's methods. */
    public static Builder builder() {
        return new Builder();
    }

    /** The methods allowed for ordinary documents. */
    public Set<DestructionMethod> ordinaryMethods() {
        return ordinaryMethods;
    }

    /**
     * Whether a destruction complies with ARC-13.
     *
     * @param record  the destruction, not null
     * @return the decision; its outcome is {@link DestructionCheck#COMPLIANT} or what is wrong
     * @throws dev.kefu.core.validation.PolicyInputException if the record is null
     */
    public Decision<DestructionCheck> check(DestructionRecord record) {
        Violations v = Violations.create();
        v.requireNonNull(record, "record", ArchiveRules.ARC_13);
        v.throwIfAny();
        int count = record.documentReferences().size();
        Integer method = Labels.of(record.method());
        if (record.method() == DestructionMethod.DISCARDED) {
            return Decision.of(DestructionCheck.THROWN_AWAY,
                    Reason.of(ArchiveRules.ARC_13, ArchiveMessages.BUNDLE, "destruction.thrownAway", count));
        }
        if (record.confidentiality() == Confidentiality.CONFIDENTIAL) {
            if (record.method() != DestructionMethod.SHREDDED) {
                return Decision.of(DestructionCheck.CONFIDENTIAL_NOT_SHREDDED,
                        Reason.of(ArchiveRules.ARC_13, ArchiveMessages.BUNDLE, "destruction.mustShred", count, method));
            }
        } else if (!ordinaryMethods.contains(record.method())) {
            return Decision.of(DestructionCheck.METHOD_NOT_ALLOWED,
                    Reason.of(ArchiveRules.ARC_13, ArchiveMessages.BUNDLE, "destruction.ordinaryMethod", count, method));
        }
        return Decision.of(DestructionCheck.COMPLIANT, Reason.of(ArchiveRules.ARC_13, ArchiveMessages.BUNDLE, "destruction.compliant",
                count, Labels.of(record.confidentiality()), method));
    }

    @Override
    public String toString() {
        return "DestructionPolicy[ordinary: " + ordinaryMethods + "]";
    }

    /** Builds a destruction policy; every problem is reported at {@link #build()}. */
    public static final class Builder {

        private final Set<DestructionMethod> ordinary = EnumSet.of(DestructionMethod.SHREDDED, DestructionMethod.TORN_UP);
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * Also allows a method for ordinary documents (ARC-13 names tearing up; a host may
         * accept incineration or pulping). Throwing away is never allowed.
         *
         * @param method  the method, not null, not {@link DestructionMethod#DISCARDED}
         * @return this builder
         */
        public Builder allowForOrdinary(DestructionMethod method) {
            if (method == null) {
                problems.add("allowForOrdinary", "required", ArchiveRules.ARC_13);
            } else if (method == DestructionMethod.DISCARDED) {
                problems.add("allowForOrdinary", ArchiveMessages.BUNDLE, "destruction.neverThrowAway", ArchiveRules.ARC_13);
            } else {
                ordinary.add(method);
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException listing every problem
         */
        public DestructionPolicy build() {
            problems.throwIfAny();
            return new DestructionPolicy(Collections.unmodifiableSet(EnumSet.copyOf(ordinary)));
        }
    }
}
