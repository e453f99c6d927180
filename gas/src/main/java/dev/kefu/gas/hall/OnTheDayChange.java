package dev.kefu.gas.hall;

import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import dev.kefu.gas.GasRules;
import java.time.Instant;
import java.util.Optional;

/**
 * A swap, short absence or stand-in on the day in the business hall (MTR-17), the consent
 * asked for, and whether the group leader recorded it.
 *
 * @param employee  who swaps, leaves the post or has someone stand in
 * @param kind  what
 * @param startsAt  when it starts
 * @param consent  the consent given or refused, if asked for
 * @param record  whether the group leader recorded it (作好記錄)
 */
public record OnTheDayChange(EmployeeId employee, OnTheDayKind kind, Instant startsAt, Optional<Approval> consent, LeaderRecord record) {

    /** Whether the group leader recorded the consent. */
    public enum LeaderRecord {
        /** Recorded. */
        RECORDED,
        /** Not recorded. */
        NOT_RECORDED
    }

    /** @throws dev.kefu.core.validation.PolicyInputException naming every null part */
    public OnTheDayChange {
        Violations v = Violations.create();
        v.requireNonNull(employee, "employee", GasRules.MTR_17);
        v.requireNonNull(kind, "kind", GasRules.MTR_17);
        v.requireNonNull(startsAt, "startsAt", GasRules.MTR_17);
        v.requireNonNull(consent, "consent", GasRules.MTR_17);
        v.requireNonNull(record, "record", GasRules.MTR_17);
        v.throwIfAny();
    }

    /** A change made without asking. */
    public static OnTheDayChange withoutConsent(EmployeeId employee, OnTheDayKind kind, Instant startsAt) {
        return new OnTheDayChange(employee, kind, startsAt, Optional.empty(), LeaderRecord.NOT_RECORDED);
    }

    /** A change with an answer to the request. */
    public static OnTheDayChange withConsent(EmployeeId employee, OnTheDayKind kind, Instant startsAt, Approval consent, LeaderRecord record) {
        return new OnTheDayChange(employee, kind, startsAt, Optional.ofNullable(consent), record);
    }
}
