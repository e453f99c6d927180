package dev.kefu.archive;

import dev.kefu.core.decision.RuleId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;

/**
 * One fact in a customer archive with where it came from (ARC-3) and when it was recorded.
 *
 * @param value  the fact, not null
 * @param source  how it was obtained, not null
 * @param recordedOn  the day it was recorded, not null
 * @param <T> the type of the fact
 */
public record Fact<T>(T value, FactSource source, LocalDate recordedOn) {

    /** @throws dev.kefu.core.validation.PolicyInputException if an argument is null */
    public Fact {
        Violations v = Violations.create();
        RuleId rule = RuleId.of("ARC-3");
        v.requireNonNull(value, "value", rule);
        v.requireNonNull(source, "source", rule);
        v.requireNonNull(recordedOn, "recordedOn", rule);
        v.throwIfAny();
    }

    /** Obtains a fact. */
    public static <T> Fact<T> of(T value, FactSource source, LocalDate recordedOn) {
        return new Fact<>(value, source, recordedOn);
    }
}
