package dev.kefu.gas.meter;

import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import dev.kefu.gas.GasStyle;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reading of a gas meter (MTR-5): the actual index read on site. A commercial customer's
 * reading also records the cumulative consumption (累計用氣量) and, for a prepaid meter, the
 * amount stored in the meter (表內存量); {@link #index()} is the base-meter reading (基表讀數).
 * Build with {@link #builder()}; {@link ReadingPolicy} decides whether it may be stored.
 */
@Value.Immutable
@GasStyle
public interface MeterReading {

    /** The meter number (表號). */
    String meterNumber();

    /** The class of meter. */
    MeterClass meterClass();

    /** When the meter was read. */
    Instant takenAt();

    /** How the reading was obtained; an estimate is never stored (MTR-5). */
    @Value.Default
    default ReadingMethod method() {
        return ReadingMethod.ON_SITE;
    }

    /** How the meter is paid for. */
    @Value.Default
    default MeterPayment payment() {
        return MeterPayment.POSTPAID;
    }

    /** The base-meter reading (基表讀數), in cubic metres, not negative. */
    BigDecimal index();

    /** The cumulative consumption (累計用氣量), required for a commercial customer. */
    Optional<BigDecimal> cumulativeConsumption();

    /** The amount stored in the meter (表內存量), required for a commercial prepaid meter. */
    Optional<BigDecimal> storedAmount();

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a reading; {@code build()} names every problem at once. */
    final class Builder extends ImmutableMeterReading.Builder {
        Builder() {
        }
    }

    /** Checks the reading's form. */
    @Value.Check
    default void check() {
        Violations v = Violations.create();
        if (meterNumber() == null || meterNumber().isBlank()) {
            v.add("meterNumber", "required", GasRules.MTR_5);
        }
        v.requireNonNull(meterClass(), "meterClass", GasRules.MTR_5);
        v.requireNonNull(takenAt(), "takenAt", GasRules.MTR_5);
        v.requireNonNull(method(), "method", GasRules.MTR_5);
        v.requireNonNull(payment(), "payment", GasRules.MTR_5);
        if (v.requireNonNull(index(), "index", GasRules.MTR_5) && index().signum() < 0) {
            v.add("index", GasMessages.BUNDLE, "input.notNegative", GasRules.MTR_5);
        }
        if (cumulativeConsumption().isPresent() && cumulativeConsumption().get().signum() < 0) {
            v.add("cumulativeConsumption", GasMessages.BUNDLE, "input.notNegative", GasRules.MTR_5);
        }
        v.throwIfAny();
    }
}
