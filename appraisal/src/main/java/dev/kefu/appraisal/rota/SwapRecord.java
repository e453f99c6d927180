package dev.kefu.appraisal.rota;

import dev.kefu.appraisal.AppraisalMessages;
import dev.kefu.core.id.EmployeeId;
import dev.kefu.core.validation.Violations;
import java.time.LocalDate;

/**
 * A swap already approved (APR-12), as a host stores it: on {@code swapDate} the counterpart
 * works the requester's {@code swapSlot}; on {@code payBackDate} the requester works the
 * counterpart's {@code payBackSlot}.
 *
 * @param requester  who asked
 * @param counterpart  who covered
 * @param swapDate  the day covered
 * @param swapSlot  the shift covered that day
 * @param payBackDate  the day paid back
 * @param payBackSlot  the shift paid back that day
 */
public record SwapRecord(EmployeeId requester, EmployeeId counterpart, LocalDate swapDate, ShiftSlot swapSlot,
                         LocalDate payBackDate, ShiftSlot payBackSlot) {

    /** @throws dev.kefu.core.validation.PolicyInputException naming every missing part, or a swap with oneself */
    public SwapRecord {
        Violations v = Violations.create();
        boolean parties = v.requireNonNull(requester, "requester", ShiftSwapPolicy.APR_12)
                & v.requireNonNull(counterpart, "counterpart", ShiftSwapPolicy.APR_12);
        v.requireNonNull(swapDate, "swapDate", ShiftSwapPolicy.APR_12);
        v.requireNonNull(swapSlot, "swapSlot", ShiftSwapPolicy.APR_12);
        v.requireNonNull(payBackDate, "payBackDate", ShiftSwapPolicy.APR_12);
        v.requireNonNull(payBackSlot, "payBackSlot", ShiftSwapPolicy.APR_12);
        if (parties && requester.equals(counterpart)) {
            v.add("counterpart", AppraisalMessages.BUNDLE, "swap.self", ShiftSwapPolicy.APR_12);
        }
        v.throwIfAny();
    }

    /** The record of an approved request. */
    public static SwapRecord of(SwapRequest r) {
        return new SwapRecord(r.requester(), r.counterpart(), r.swapDate(), r.swapSlot(), r.payBackDate(), r.payBackSlot());
    }

    /** Whether a person is a party. */
    public boolean involves(EmployeeId e) {
        return requester.equals(e) || counterpart.equals(e);
    }

    /** Whether a person obtained the given shift through this swap. */
    public boolean gave(EmployeeId e, LocalDate date, ShiftSlot slot) {
        return counterpart.equals(e) && swapDate.equals(date) && swapSlot.equals(slot)
                || requester.equals(e) && payBackDate.equals(date) && payBackSlot.equals(slot);
    }

    /** Whether a day is this swap's swap or pay-back day for a person. */
    public boolean isSwapDayOf(EmployeeId e, LocalDate date) {
        return involves(e) && (swapDate.equals(date) || payBackDate.equals(date));
    }
}
