package dev.kefu.gas.billing;

import dev.kefu.core.decision.Decision;
import dev.kefu.core.decision.Reason;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tariff (MTR-12): every charge follows the price authority's published schedules
 * (物價管理部門頒布的各類收費標準) and the company's charging rules, which the host supplies —
 * the lines are a <b>required setting</b>, and so is the rounding of per-unit amounts to the fen
 * when there is a per-unit line. A charge with no tariff line is refused: it would be an
 * arbitrary charge (亂收費, MTR-1).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Tariff {

    private final Map<String, TariffLine> lines;
    private final RoundingMode rounding;

    private Tariff(Map<String, TariffLine> lines, RoundingMode rounding) {
        this.lines = lines;
        this.rounding = rounding;
    }

    /** A builder; the lines are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The lines by item code. */
    public Map<String, TariffLine> lines() {
        return lines;
    }

    /**
     * The tariff's amount for a quantity of an item, if the item has a line.
     *
     * @param line  the line, not null
     * @param charge  the charge, not null
     * @return the amount, not null
     */
    private Money amountFor(TariffLine line, Charge charge) {
        if (line.perUnit() == TariffLine.Pricing.FIXED) {
            return line.price().times(charge.quantity().toBigInteger().longValue());
        }
        return Money.rounded(line.price().amount().multiply(charge.quantity()), rounding);
    }

    /**
     * Checks a charge (MTR-12).
     *
     * @param charge  the charge, not null
     * @return the decision
     * @throws dev.kefu.core.validation.PolicyInputException if the charge is null or a fixed
     *     charge's quantity is not a whole number
     */
    public Decision<ChargeVerdict> check(Charge charge) {
        Violations v = Violations.create();
        v.requireNonNull(charge, "charge", GasRules.MTR_12);
        v.throwIfAny();
        TariffLine line = lines.get(charge.itemCode());
        if (line == null) {
            return Decision.of(ChargeVerdict.NO_TARIFF_LINE,
                    Reason.of(GasRules.MTR_12, GasMessages.BUNDLE, "tariff.noLine", charge.itemCode(), charge.amount()),
                    Reason.of(GasRules.MTR_1, GasMessages.BUNDLE, "tariff.arbitrary"));
        }
        if (line.perUnit() == TariffLine.Pricing.FIXED && charge.quantity().stripTrailingZeros().scale() > 0) {
            v.add("charge.quantity", GasMessages.BUNDLE, "tariff.wholeQuantity", GasRules.MTR_12);
            v.throwIfAny();
        }
        Money expected = amountFor(line, charge);
        if (!expected.equals(charge.amount())) {
            return Decision.of(ChargeVerdict.WRONG_AMOUNT, Reason.of(GasRules.MTR_12, GasMessages.BUNDLE, "tariff.wrongAmount",
                    line.item().en(), line.item().zh(), charge.amount(), expected));
        }
        return Decision.of(ChargeVerdict.MATCHES_TARIFF, Reason.of(GasRules.MTR_12, GasMessages.BUNDLE, "tariff.matches",
                line.item().en(), line.item().zh(), expected));
    }

    @Override
    public String toString() {
        return "Tariff" + lines.keySet();
    }

    /** Builds a tariff; setters never throw, {@link #build()} reports every problem. */
    public static final class Builder {
        private final Map<String, TariffLine> lines = new LinkedHashMap<>();
        private RoundingMode rounding;
        private int calls;
        private final Violations problems = Violations.create();

        private Builder() {
        }

        /**
         * Adds a line.
         *
         * @param line  the line, not null, its item code not used before
         * @return this
         */
        public Builder line(TariffLine line) {
            String path = "lines[" + calls++ + "]";
            if (line == null) {
                problems.add(path, "required", GasRules.MTR_12);
            } else if (lines.containsKey(line.item().code())) {
                problems.add(path, GasMessages.BUNDLE, "tariff.duplicate", GasRules.MTR_12, line.item().code());
            } else {
                lines.put(line.item().code(), line);
            }
            return this;
        }

        /**
         * Sets how a per-unit amount is rounded to the fen; required when a line is per unit.
         *
         * @param rounding  the rounding, not null, not {@code UNNECESSARY}
         * @return this
         */
        public Builder rounding(RoundingMode rounding) {
            if (rounding == null || rounding == RoundingMode.UNNECESSARY) {
                problems.add("rounding", "required", GasRules.MTR_12);
            } else {
                this.rounding = rounding;
            }
            return this;
        }

        /**
         * Builds the tariff.
         *
         * @return the tariff
         * @throws dev.kefu.core.validation.PolicyInputException naming every problem, including
         *     missing {@code lines} and, with a per-unit line, a missing {@code rounding}
         */
        public Tariff build() {
            Violations v = Violations.create().addAll(problems.list());
            if (lines.isEmpty()) {
                v.add("lines", GasMessages.BUNDLE, "setting.required", GasRules.MTR_12);
            }
            if (rounding == null && lines.values().stream().anyMatch(l -> l.perUnit() == TariffLine.Pricing.PER_UNIT)) {
                v.add("rounding", GasMessages.BUNDLE, "setting.required", GasRules.MTR_12);
            }
            v.throwIfAny();
            return new Tariff(Collections.unmodifiableMap(new LinkedHashMap<>(lines)), rounding);
        }
    }
}
