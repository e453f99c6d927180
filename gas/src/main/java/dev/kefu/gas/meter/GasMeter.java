package dev.kefu.gas.meter;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasMessages;
import dev.kefu.gas.GasRules;
import dev.kefu.gas.GasStyle;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A gas meter on a customer's record (MTR-4): meter type (表型), meter number (表號), years in
 * use (使用年限) and inlet direction (左（右）進向). The customer and the meter's class are
 * required; the four master-data fields may be missing on a record, and
 * {@link MeterRecordCheck} reports them. Build with {@link #builder()}.
 */
@Value.Immutable
@GasStyle
public interface GasMeter {

    /** The customer whose record holds the meter. */
    CustomerId customer();

    /** The class of meter (MTR-6). */
    MeterClass meterClass();

    /** The meter number (表號), if recorded. */
    Optional<String> meterNumber();

    /** The meter type (表型), if recorded. */
    Optional<String> meterType();

    /** The years in use (使用年限), if recorded; not negative. */
    Optional<Integer> yearsInUse();

    /** The inlet direction, if recorded. */
    Optional<InletDirection> inletDirection();

    /** The master-data fields missing from this record (MTR-4). */
    default Set<MeterField> missingFields() {
        Set<MeterField> missing = EnumSet.noneOf(MeterField.class);
        if (meterType().map(String::isBlank).orElse(true)) {
            missing.add(MeterField.METER_TYPE);
        }
        if (meterNumber().map(String::isBlank).orElse(true)) {
            missing.add(MeterField.METER_NUMBER);
        }
        if (yearsInUse().isEmpty()) {
            missing.add(MeterField.YEARS_IN_USE);
        }
        if (inletDirection().isEmpty()) {
            missing.add(MeterField.INLET_DIRECTION);
        }
        return missing;
    }

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a meter record; {@code build()} names every problem at once. */
    final class Builder extends ImmutableGasMeter.Builder {
        Builder() {
        }
    }

    /** Checks the record. */
    @Value.Check
    default void check() {
        Violations v = Violations.create();
        v.requireNonNull(customer(), "customer", GasRules.MTR_4);
        v.requireNonNull(meterClass(), "meterClass", GasRules.MTR_4);
        if (yearsInUse().isPresent() && yearsInUse().get() < 0) {
            v.add("yearsInUse", GasMessages.BUNDLE, "input.notNegative", GasRules.MTR_4);
        }
        v.throwIfAny();
    }
}
