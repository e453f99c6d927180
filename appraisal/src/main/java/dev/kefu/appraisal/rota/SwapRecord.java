package dev.kefu.appraisal.rota;

import dev.kefu.core.id.EmployeeId;
import java.time.LocalDate;

/**
 * A swap already approved, for the monthly limit and the consecutive-swap rule (APR-12).
 *
 * @param requester  who asked
 * @param counterpart  who covered
 * @param swapDate  the day covered
 * @param payBackDate  the day paid back
 */
public record SwapRecord(EmployeeId requester, EmployeeId counterpart, LocalDate swapDate, LocalDate payBackDate) {

    boolean involves(EmployeeId e) {
        return requester.equals(e) || counterpart.equals(e);
    }
}
