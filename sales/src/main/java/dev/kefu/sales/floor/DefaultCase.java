package dev.kefu.sales.floor;

import dev.kefu.core.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * One instalment's payment position (EST-6).
 *
 * @param dueDate  the due date; a default period starts on the missed due date, not null
 * @param amountDue  the amount due, above zero
 * @param payments  the payments toward it; only finance-receipted ones count (EST-8), not null
 * @param dunningNotices  the days dunning notices (催款通知单) were issued and recorded, not null
 * @param asOf  the day asked about, not null
 */
public record DefaultCase(LocalDate dueDate, Money amountDue, List<Payment> payments, List<LocalDate> dunningNotices,
        LocalDate asOf) {
}
