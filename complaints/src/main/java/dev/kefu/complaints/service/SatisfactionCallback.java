package dev.kefu.complaints.service;

import dev.kefu.complaints.ComplaintRules;
import dev.kefu.core.id.CustomerId;
import dev.kefu.core.id.DepartmentId;
import dev.kefu.core.validation.Violations;
import java.time.Instant;
import java.util.Optional;

/**
 * One satisfaction callback (客户回访, CMP-19) as the host stored it. The problem found is free
 * text and is masked by {@link #toString()}.
 *
 * @param customer  the customer, not null
 * @param at  when, not null
 * @param channel  phone or e-mail, not null
 * @param productQuality  satisfaction with product quality, not null
 * @param serviceAttitude  satisfaction with service attitude, not null
 * @param deliverySpeed  satisfaction with delivery speed, not null
 * @param problemFound  a problem the customer raised, not null; empty if none
 * @param forwardedTo  the department the problem was passed to, not null; empty if not passed on
 */
public record SatisfactionCallback(CustomerId customer, Instant at, CallbackChannel channel, Satisfaction productQuality,
                                   Satisfaction serviceAttitude, Satisfaction deliverySpeed, Optional<String> problemFound,
                                   Optional<DepartmentId> forwardedTo) {

    /** @throws dev.kefu.core.validation.PolicyInputException listing every missing field */
    public SatisfactionCallback {
        Violations v = Violations.create();
        v.requireNonNull(customer, "customer", ComplaintRules.CMP_19);
        v.requireNonNull(at, "at", ComplaintRules.CMP_19);
        v.requireNonNull(channel, "channel", ComplaintRules.CMP_19);
        v.requireNonNull(productQuality, "productQuality", ComplaintRules.CMP_19);
        v.requireNonNull(serviceAttitude, "serviceAttitude", ComplaintRules.CMP_19);
        v.requireNonNull(deliverySpeed, "deliverySpeed", ComplaintRules.CMP_19);
        v.requireNonNull(problemFound, "problemFound", ComplaintRules.CMP_19);
        v.requireNonNull(forwardedTo, "forwardedTo", ComplaintRules.CMP_19);
        v.throwIfAny();
    }

    /** The problem text is masked. */
    @Override
    public String toString() {
        return "SatisfactionCallback[customer=" + customer + ", at=" + at + ", channel=" + channel + ", productQuality=" + productQuality
                + ", serviceAttitude=" + serviceAttitude + ", deliverySpeed=" + deliverySpeed + ", problemFound="
                + (problemFound.isPresent() ? "****" : "-") + ", forwardedTo=" + forwardedTo.map(DepartmentId::value).orElse("-") + "]";
    }
}
