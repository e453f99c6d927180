package dev.kefu.security.access;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.Violations;
import dev.kefu.security.SecurityInputs;
import dev.kefu.security.SecurityMessages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * SEC-12: a customer who gives personal data is told how the company protects it
 * (「对于主动提供个人信息的客户,应告知客户公司对其信息的保护措施」); the touch that collects the data
 * (ARC-18) records that the notice was given. The check finds every collection without it.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class PrivacyNotices {

    static final RuleId SEC_12 = RuleId.of("SEC-12");

    private PrivacyNotices() {
    }

    /** Whether the privacy notice was given at the touch. */
    public enum Notice {
        /** The customer was told how the data is protected. */
        GIVEN,
        /** No notice recorded. */
        NOT_GIVEN
    }

    /**
     * A touch at which a customer gave personal data.
     *
     * @param at  when
     * @param customer  who
     * @param notice  whether the notice was given
     */
    public record Collection(Instant at, CustomerId customer, Notice notice) {
        /** @throws dev.kefu.core.validation.PolicyInputException naming every missing field */
        public Collection {
            Violations v = Violations.create();
            v.requireNonNull(at, "collection.at", SEC_12);
            v.requireNonNull(customer, "collection.customer", SEC_12);
            v.requireNonNull(notice, "collection.notice", SEC_12);
            v.throwIfAny();
        }
    }

    /**
     * Finds collections without the notice.
     *
     * @param collections  the touches that collected personal data, not null, no nulls
     * @param zone  the zone of the explanation's times, not null
     * @return the decision whose outcome lists the collections without a notice
     */
    public static Decision<List<Collection>> check(List<Collection> collections, ZoneId zone) {
        Violations v = Violations.create();
        if (SecurityInputs.nullOrHasNull(collections)) {
            v.add("collections", "required", SEC_12);
        }
        v.requireNonNull(zone, "zone", SEC_12);
        v.throwIfAny();
        List<Collection> missing = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (Collection c : collections) {
            if (c.notice() != Notice.GIVEN) {
                missing.add(c);
                reasons.add(Reason.of(SEC_12, SecurityMessages.BUNDLE, "privacy.missing", c.customer().value(), SecurityMessages.time(c.at(), zone)));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(SEC_12, SecurityMessages.BUNDLE, "privacy.ok", collections.size()));
        }
        return Decision.of(List.copyOf(missing), reasons);
    }
}
