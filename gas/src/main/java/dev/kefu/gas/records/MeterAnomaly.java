package dev.kefu.gas.records;

import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import java.time.Instant;
import java.util.Optional;

/**
 * A meter anomaly found by a reader, and when it was reported (MTR-9).
 *
 * @param meterNumber  the meter, not blank
 * @param kind  fast, slow or failed
 * @param foundAt  when it was found
 * @param reportedAt  when it was reported (上報), if it was, not before {@code foundAt}
 */
public record MeterAnomaly(String meterNumber, AnomalyKind kind, Instant foundAt, Optional<Instant> reportedAt) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every problem */
    public MeterAnomaly {
        Violations v = Violations.create();
        if (meterNumber == null || meterNumber.isBlank()) {
            v.add("meterNumber", "required", GasRules.MTR_9);
        }
        v.requireNonNull(kind, "kind", GasRules.MTR_9);
        boolean f = v.requireNonNull(foundAt, "foundAt", GasRules.MTR_9);
        if (v.requireNonNull(reportedAt, "reportedAt", GasRules.MTR_9) && f && reportedAt.isPresent() && reportedAt.get().isBefore(foundAt)) {
            v.add("reportedAt", GasMessages.BUNDLE, "input.endAfterStart", GasRules.MTR_9);
        }
        v.throwIfAny();
    }
}
