package dev.kefu.archive.classification;

import dev.kefu.archive.ArchiveMessages;
import dev.kefu.archive.CustomerArchive;
import dev.kefu.archive.Fact;
import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The built-in classifiers of ARC-4 and the classification of a customer along several
 * dimensions at once.
 * <pre>{@code
 * Decision<Map<String, String>> d = Classifiers.classify(archive,
 *         Classifiers.byIndustry(), Classifiers.byRegion(), myErpGroupClassifier);
 * }</pre>
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class Classifiers {

    static final RuleId ARC_4 = RuleId.of("ARC-4");

    private Classifiers() {
    }

    /** By industry (行业), from the basic data. */
    public static CustomerClassifier byIndustry() {
        return of("industry", a -> a.basicData().industry().map(Fact::value));
    }

    /** By customer nature (客户性质). */
    public static CustomerClassifier byNature() {
        return of("nature", CustomerArchive::nature);
    }

    /** By region (地区). */
    public static CustomerClassifier byRegion() {
        return of("region", CustomerArchive::region);
    }

    /** By customer type (客户类型). */
    public static CustomerClassifier byCustomerType() {
        return of("customerType", a -> Optional.of(a.customerType()));
    }

    /** The regulation's four classifications of ARC-4 (客户性质分类): industry, nature, region and customer type. */
    public static List<CustomerClassifier> regulation() {
        return List.of(byIndustry(), byNature(), byRegion(), byCustomerType());
    }

    /**
     * A classifier from a function.
     *
     * @param dimension  the dimension's name, not blank
     * @param function  the classification, not null, returning empty when it cannot say
     * @return the classifier, not null
     */
    public static CustomerClassifier of(String dimension, Function<CustomerArchive, Optional<String>> function) {
        Violations v = Violations.create();
        if (dimension == null || dimension.isBlank()) {
            v.add("dimension", "required", ARC_4);
        }
        v.requireNonNull(function, "function", ARC_4);
        v.throwIfAny();
        return new CustomerClassifier() {
            @Override
            public String dimension() {
                return dimension;
            }

            @Override
            public Optional<String> classify(CustomerArchive archive) {
                return function.apply(archive);
            }

            @Override
            public String toString() {
                return "CustomerClassifier[" + dimension + "]";
            }
        };
    }

    /**
     * Classifies a customer along every given dimension (ARC-4).
     *
     * @param archive  the customer's archive, not null
     * @param classifiers  the classifiers, with distinct dimensions
     * @return a decision whose outcome maps each dimension the customer could be classified
     *     on to its class, in the classifiers' order
     * @throws dev.kefu.core.validation.PolicyInputException if two classifiers share a dimension
     */
    public static Decision<Map<String, String>> classify(CustomerArchive archive, List<CustomerClassifier> classifiers) {
        Violations v = Violations.create();
        v.requireNonNull(archive, "archive", ARC_4);
        if (v.requireNonNull(classifiers, "classifiers", ARC_4)) {
            for (int i = 0; i < classifiers.size(); i++) {
                v.requireNonNull(classifiers.get(i), "classifiers[" + i + "]", ARC_4);
            }
        }
        v.throwIfAny();
        Map<String, String> out = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < classifiers.size(); i++) {
            CustomerClassifier c = classifiers.get(i);
            if (out.containsKey(c.dimension()) || unknown.contains(c.dimension())) {
                v.add("classifiers[" + i + "]", ArchiveMessages.BUNDLE, "classification.duplicate", ARC_4, c.dimension());
                continue;
            }
            Optional<String> cls = c.classify(archive);
            if (cls == null) {
                v.add("classifiers[" + i + "]", ArchiveMessages.BUNDLE, "classification.nullAnswer", ARC_4, c.dimension());
                continue;
            }
            if (cls.isPresent()) {
                out.put(c.dimension(), cls.get());
            } else {
                unknown.add(c.dimension());
            }
        }
        v.throwIfAny();
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of(ARC_4, ArchiveMessages.BUNDLE, "classification.result", out.toString()));
        if (!unknown.isEmpty()) {
            reasons.add(Reason.of(ARC_4, ArchiveMessages.BUNDLE, "classification.unknown", String.join(", ", unknown)));
        }
        return Decision.of(Collections.unmodifiableMap(out), reasons);
    }

    /** Classifies a customer along the given dimensions; see {@link #classify(CustomerArchive, List)}. */
    public static Decision<Map<String, String>> classify(CustomerArchive archive, CustomerClassifier... classifiers) {
        Violations v = Violations.create();
        v.requireNonNull(classifiers, "classifiers", ARC_4);
        v.throwIfAny();
        return classify(archive, java.util.Arrays.asList(classifiers));
    }
}
