package dev.kefu.sales.floor;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EST-7, refunds (退房) are given in principle never: <b>before</b> the contract is signed a
 * request goes to retention (the rep works on the customer); whether a refund can then be
 * granted, and by whom, is the host's required setting [X]. <b>After</b> signing a request is
 * refused (坚决不退房), with no override. The reason is written in the rep's notebook (ARC-15).
 * A granted refund pays back the payments with finance's receipt (EST-8), part by part, exactly.
 *
 * <p>Required setting (no default): {@code beforeSigning}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class RefundPolicy {

    private final RefundAuthority beforeSigning;

    private RefundPolicy(RefundAuthority beforeSigning) {
        this.beforeSigning = beforeSigning;
    }

    /** A builder; {@code beforeSigning} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Decides a refund request (EST-7).
     *
     * @param r  the request, not null
     * @return the decision: refused, retention or granted, with the refund and its parts
     * @throws dev.kefu.core.validation.PolicyInputException if the request is null
     */
    public Decision<RefundOutcome> decide(RefundRequest r) {
        Violations v = Violations.create();
        v.requireNonNull(r, "request", SalesFloorRules.EST_7);
        v.throwIfAny();
        List<Reason> reasons = new ArrayList<>();
        if (r.stage() == ContractStage.SIGNED) {
            reasons.add(Reason.of(SalesFloorRules.EST_7, FloorTexts.BUNDLE,
                    r.approvedBy().isPresent() ? "refund.refused.noOverride" : "refund.refused"));
            return Decision.of(new RefundOutcome(RefundVerdict.REFUSED_AFTER_SIGNING, Money.ZERO, List.of(), r.reason()),
                    withNotebook(reasons));
        }
        boolean granted = beforeSigning.approver().isPresent() && beforeSigning.approver().equals(r.approvedBy());
        if (!granted) {
            if (r.approvedBy().isPresent()) {
                RoleLabel by = r.approvedBy().get();
                reasons.add(Reason.of(SalesFloorRules.EST_7, FloorTexts.BUNDLE, beforeSigning.approver().isPresent()
                        ? "refund.wrongApprover" : "refund.noApproverConfigured", by.chinese(), by.english(),
                        beforeSigning.approver().map(RoleLabel::chinese).orElse(""),
                        beforeSigning.approver().map(RoleLabel::english).orElse("")));
            }
            reasons.add(Reason.of(SalesFloorRules.EST_7, FloorTexts.BUNDLE, "refund.retention"));
            return Decision.of(new RefundOutcome(RefundVerdict.RETENTION, Money.ZERO, List.of(), r.reason()), withNotebook(reasons));
        }
        List<Money> parts = new ArrayList<>();
        for (Payment p : r.payments()) {
            if (p.countsAsReceived()) {
                parts.add(p.amount());
            } else {
                reasons.add(Reason.of(SalesFloorRules.EST_8, FloorTexts.BUNDLE, "refund.notReceived", p.amount(), p.paidOn().toString()));
            }
        }
        Money total = Money.sum(parts);
        RoleLabel by = r.approvedBy().get();
        reasons.add(0, Reason.of(SalesFloorRules.EST_7, FloorTexts.BUNDLE, "refund.granted", by.chinese(), by.english(), total, parts.size()));
        return Decision.of(new RefundOutcome(RefundVerdict.GRANTED, total, parts, r.reason()), withNotebook(reasons));
    }

    private static List<Reason> withNotebook(List<Reason> reasons) {
        reasons.add(Reason.of(SalesFloorRules.EST_7, FloorTexts.BUNDLE, "refund.notebook"));
        return reasons;
    }

    /**
     * Builds the policy; setters record problems and {@link #build()} reports them all.
     *
     * <p>Implementation Requirements: not thread-safe.
     */
    public static final class Builder {
        private final FloorTexts.SettingProblems problems = new FloorTexts.SettingProblems();
        private RefundAuthority beforeSigning;

        private Builder() {
        }

        /**
         * Whether, and by whom, a refund may be granted before signing (EST-7, required [X]).
         *
         * @param authority  {@link RefundAuthority#noneGranted()} or {@link RefundAuthority#grantedBy}, not null
         * @return this builder
         */
        public Builder beforeSigning(RefundAuthority authority) {
            if (problems.check(authority != null, "beforeSigning", "setting.null", SalesFloorRules.EST_7)) {
                this.beforeSigning = authority;
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException naming every setting in error or missing
         */
        public RefundPolicy build() {
            Map<String, RuleId> missing = new LinkedHashMap<>();
            if (beforeSigning == null) {
                missing.put("beforeSigning", SalesFloorRules.EST_7);
            }
            problems.build(missing);
            return new RefundPolicy(beforeSigning);
        }
    }
}
