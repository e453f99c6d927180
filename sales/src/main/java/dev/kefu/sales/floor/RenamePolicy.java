package dev.kefu.sales.floor;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.decision.RuleId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * EST-5, change of buyer name (换名): a rename after the contract is signed is treated as a
 * transfer of title (按过户性质) and charged the transfer fee (过户费), a required setting [X].
 * The seed sets no fee for a rename before signing.
 *
 * <p>Required setting (no default): {@code transferFee}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class RenamePolicy {

    private final Money transferFee;

    private RenamePolicy(Money transferFee) {
        this.transferFee = transferFee;
    }

    /** A builder; {@code transferFee} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The charge for a rename (EST-5).
     *
     * @param stage  whether the contract is signed, not null
     * @return the decision: the transfer fee after signing, no fee before
     * @throws dev.kefu.core.validation.PolicyInputException if the stage is null
     */
    public Decision<RenameCharge> charge(ContractStage stage) {
        Violations v = Violations.create();
        v.requireNonNull(stage, "stage", SalesFloorRules.EST_5);
        v.throwIfAny();
        if (stage == ContractStage.SIGNED) {
            return Decision.of(new RenameCharge(RenameChargeKind.TRANSFER_FEE, transferFee),
                    Reason.of(SalesFloorRules.EST_5, FloorTexts.BUNDLE, "rename.afterSigning", transferFee));
        }
        return Decision.of(new RenameCharge(RenameChargeKind.NO_FEE_SET, Money.ZERO),
                Reason.of(SalesFloorRules.EST_5, FloorTexts.BUNDLE, "rename.beforeSigning"));
    }

    /**
     * Builds the policy; setters record problems and {@link #build()} reports them all.
     *
     * <p>Implementation Requirements: not thread-safe.
     */
    public static final class Builder {
        private final FloorTexts.SettingProblems problems = new FloorTexts.SettingProblems();
        private Money transferFee;

        private Builder() {
        }

        /**
         * The transfer fee (过户费) charged for a rename after signing (EST-5, required [X]).
         *
         * @param fee  not negative, not null
         * @return this builder
         */
        public Builder transferFee(Money fee) {
            if (problems.check(fee != null && !fee.isNegative(), "transferFee", "setting.money.notNegative", SalesFloorRules.EST_5)) {
                this.transferFee = fee;
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws dev.kefu.core.validation.PolicyInputException naming every setting in error or missing
         */
        public RenamePolicy build() {
            Map<String, RuleId> missing = new LinkedHashMap<>();
            if (transferFee == null) {
                missing.put("transferFee", SalesFloorRules.EST_5);
            }
            problems.build(missing);
            return new RenamePolicy(transferFee);
        }
    }
}
