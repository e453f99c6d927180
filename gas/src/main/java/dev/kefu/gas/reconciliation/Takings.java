package dev.kefu.gas.reconciliation;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.money.Money;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The takings actually received (實收數) at close of business, counted per collector (MTR-15).
 *
 * <p>Implementation Requirements: immutable and thread-safe once built.
 */
public final class Takings {

    private final Map<EmployeeId, Money> counted;

    private Takings(Map<EmployeeId, Money> counted) {
        this.counted = counted;
    }

    /** Starts an empty count. */
    public static Builder builder() {
        return new Builder();
    }

    /** The counted amounts, in the order counted. */
    public Map<EmployeeId, Money> counted() {
        return counted;
    }

    /** Builds a count; setters never throw, {@link #build()} reports every problem. */
    public static final class Builder {
        private final Map<EmployeeId, Money> counted = new LinkedHashMap<>();
        private final Violations problems = Violations.create();
        private int calls;

        private Builder() {
        }

        /**
         * Records what a collector counted.
         *
         * @param collector  the collector, not null, counted once
         * @param amount  the amount received, not negative, not null
         * @return this
         */
        public Builder counted(EmployeeId collector, Money amount) {
            String path = "counted[" + calls++ + "]";
            if (collector == null || amount == null) {
                problems.add(path, "required", GasRules.MTR_15);
            } else if (amount.isNegative()) {
                problems.add(path, "notNegative", GasRules.MTR_15);
            } else if (counted.containsKey(collector)) {
                problems.add(path, GasMessages.BUNDLE, "reconciliation.countedTwice", GasRules.MTR_15, collector);
            } else {
                counted.put(collector, amount);
            }
            return this;
        }

        /**
         * Builds the count.
         *
         * @return the takings
         * @throws dev.kefu.core.validation.PolicyInputException naming every problem
         */
        public Takings build() {
            problems.throwIfAny();
            return new Takings(Collections.unmodifiableMap(new LinkedHashMap<>(counted)));
        }
    }
}
