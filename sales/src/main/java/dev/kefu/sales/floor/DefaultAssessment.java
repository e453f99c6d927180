package dev.kefu.sales.floor;

import dev.kefu.core.money.Money;
import java.time.LocalDate;

/**
 * The outcome of EST-6.
 *
 * @param stage  where the default stands
 * @param arrears  the amount still outstanding (never negative)
 * @param credited  the payments counted as received (EST-8), up to the day asked about
 * @param lastDayOfCollection  the last day of collection only: the day the 2 months from the due date end
 * @param noticeRecorded  whether a dunning notice was recorded after the due date, up to the day asked about
 */
public record DefaultAssessment(DefaultStage stage, Money arrears, Money credited, LocalDate lastDayOfCollection,
        NoticeStatus noticeRecorded) {
}
