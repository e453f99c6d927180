package dev.kefu.orders.returns;

import static dev.kefu.orders.OrderRules.ORD_16;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.validation.Violations;
import dev.kefu.orders.OrdersMessages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Returns and exchanges (ORD-16, S0 §4.3.5): an order that meets the company's return or
 * exchange conditions is handled under the company's rules and followed through to completion.
 * The conditions are host rules ([X]): {@link Builder#conditions} is required and there is no
 * {@code regulation()} preset.
 *
 * <p>Implementation Requirements: immutable and thread-safe if the conditions are.
 */
public final class ReturnsPolicy {

    private final ReturnConditions conditions;

    private ReturnsPolicy(ReturnConditions conditions) {
        this.conditions = conditions;
    }

    /** A builder; the conditions are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a request is handled (ORD-16).
     *
     * @param request  the request, not null
     * @return {@link ReturnEligibility#ELIGIBLE} or {@link ReturnEligibility#NOT_ELIGIBLE}
     * @throws dev.kefu.core.validation.PolicyInputException if the request is null
     */
    public Decision<ReturnEligibility> decide(ReturnRequest request) {
        Violations v = Violations.create();
        v.requireNonNull(request, "request", ORD_16);
        v.throwIfAny();
        boolean met = conditions.met(request);
        String kind = request.type() == ReturnType.RETURN ? "return" : "exchange";
        return Decision.of(met ? ReturnEligibility.ELIGIBLE : ReturnEligibility.NOT_ELIGIBLE,
                Reason.of(ORD_16, OrdersMessages.BUNDLE, "returns." + kind + (met ? "Eligible" : "NotEligible"), request.order().value()));
    }

    /**
     * The accepted cases not yet completed (ORD-16: followed through to completion).
     *
     * @param cases  the accepted cases, none null
     * @return the open cases, oldest first; the decision says how many
     * @throws dev.kefu.core.validation.PolicyInputException if the list is null or holds null
     */
    public Decision<ReturnFollowUp> followUp(List<ReturnCase> cases) {
        Violations v = Violations.create();
        if (v.requireNonNull(cases, "cases", ORD_16)) {
            for (int i = 0; i < cases.size(); i++) {
                v.requireNonNull(cases.get(i), "cases[" + i + "]", ORD_16);
            }
        }
        v.throwIfAny();
        List<ReturnCase> open = new ArrayList<>();
        for (ReturnCase c : cases) {
            if (c.completedAt().isEmpty()) {
                open.add(c);
            }
        }
        open.sort(Comparator.comparing(ReturnCase::acceptedAt));
        return Decision.of(new ReturnFollowUp(open.stream().map(ReturnCase::order).toList()),
                Reason.of(ORD_16, OrdersMessages.BUNDLE, "returns.followUp", open.size(), cases.size()));
    }

    /** Builds a returns policy. */
    public static final class Builder {

        private ReturnConditions conditions;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * The company's return and exchange conditions ([X], required).
         *
         * @param conditions  the conditions, not null
         * @return this builder
         */
        public Builder conditions(ReturnConditions conditions) {
            if (conditions == null) {
                problems.add("conditions", "required", ORD_16);
            } else {
                this.conditions = conditions;
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException naming each missing or bad setting
         */
        public ReturnsPolicy build() {
            Violations v = Violations.create().addAll(problems.list());
            if (conditions == null && problems.isEmpty()) {
                v.add("conditions", OrdersMessages.BUNDLE, "setting.required", ORD_16, "conditions");
            }
            v.throwIfAny();
            return new ReturnsPolicy(conditions);
        }
    }
}
