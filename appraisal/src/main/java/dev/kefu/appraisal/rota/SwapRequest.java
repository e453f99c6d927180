package dev.kefu.appraisal.rota;

import dev.kefu.core.id.EmployeeId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A shift-swap request (换班, APR-12): on {@code swapDate} the counterpart works the
 * requester's {@code swapSlot}; on {@code payBackDate} the requester works the counterpart's
 * {@code payBackSlot}.
 *
 * @param requester  who asks to swap
 * @param counterpart  who takes the shift
 * @param swapDate  the day the counterpart covers
 * @param swapSlot  the requester's shift that day
 * @param payBackDate  the day the requester pays back
 * @param payBackSlot  the counterpart's shift that day
 * @param requesterConsents  whether the requester signed the swap form
 * @param counterpartConsents  whether the counterpart signed the swap form
 * @param signedBy  the department manager who signed, if signed
 */
public record SwapRequest(EmployeeId requester, EmployeeId counterpart, LocalDate swapDate, ShiftSlot swapSlot,
                          LocalDate payBackDate, ShiftSlot payBackSlot, boolean requesterConsents,
                          boolean counterpartConsents, Optional<EmployeeId> signedBy) {
}
